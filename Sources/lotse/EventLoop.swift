import Foundation
import LotseCore
import LotseStore
import LotseTerminal
import LotseUI

/// The update loop (after bubbletea): draw the state, wait for an event, reduce it,
/// carry out the effects, again. Writes, clock ticks and changes on disk come back in as
/// actions, so the reducer stays the only place where the state changes.
enum EventLoop {
    /// Runs until the user quits; returns the exit status (130 after Ctrl-C).
    static func run(_ state: inout AppState, terminal: NcursesTerminal, store: FileStore) -> Int32 {
        var dirty = true
        var repaint = false
        var signature = StoreSignature(of: store)
        var lastPoll = Date()

        /// Reduces an action and everything its effects lead to; nil to go on, else the exit status.
        func dispatch(_ action: Action) -> Int32? {
            var queue = [action]
            while !queue.isEmpty {
                let effects = Reducer.reduce(&state, queue.removeFirst())
                dirty = true
                for effect in effects {
                    switch effect {
                    case .quit: return 0
                    case .quitInterrupted: return 130
                    case .repaint: repaint = true
                    case .apply(let change): queue.append(ChangeWriter.write(change, to: store))
                    case .export(let request): queue.append(DocumentWriter.write(request))
                    }
                }
            }
            return nil
        }

        if let status = dispatch(.resize(terminal.size)) { return status }
        while true {
            if dirty {
                terminal.draw(Renderer.render(state), repaint: repaint)
                dirty = false
                repaint = false
            }
            if terminal.takeInterrupt(), let status = dispatch(.interrupt) { return status }
            if let event = terminal.nextEvent() {
                _ = Reducer.reduce(&state, .tick(Date()))
                let action: Action
                switch event {
                case .key(let key): action = .key(key)
                case .resize(let size): action = .resize(size)
                }
                if let status = dispatch(action) { return status }
            }
            // Meeting mode shows a running clock: a new second is a new frame.
            let second = Date()
            if Int(second.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970), state.screen.isMeetingMode {
                _ = Reducer.reduce(&state, .tick(second))
                dirty = true
            }
            // Another process's changes show up within about a second.
            if Date().timeIntervalSince(lastPoll) >= 1 {
                lastPoll = Date()
                let now = StoreSignature(of: store)
                if now != signature, let loaded = try? store.load() {
                    signature = now
                    if let status = dispatch(.reloaded(loaded.network, loaded.problems)) { return status }
                }
            }
        }
    }
}
