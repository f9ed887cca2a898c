import LotseCore
import LotseTerminal
import LotseUI

/// The update loop (after bubbletea): draw the state, wait for an event, reduce it, carry
/// out the effects, again. Redraws only when something happened.
enum EventLoop {
    static func run(_ state: inout AppState, terminal: NcursesTerminal) {
        _ = Reducer.reduce(&state, .resize(terminal.size))
        var dirty = true
        var repaint = false
        while true {
            if dirty {
                terminal.draw(Renderer.render(state), repaint: repaint)
                dirty = false
                repaint = false
            }
            guard let event = terminal.nextEvent() else { continue }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            }
            let effects = Reducer.reduce(&state, action)
            dirty = true
            for effect in effects {
                switch effect {
                case .quit: return
                case .repaint: repaint = true
                }
            }
        }
    }
}
