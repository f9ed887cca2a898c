import Foundation
import LotseStore

/// The dashboard's end of Lotse's askpass: git and ssh, run without a terminal, call Lotse
/// as `GIT_ASKPASS`/`SSH_ASKPASS`; that call connects to this socket (in a folder only
/// this user can enter), sends what was asked and waits for the answer typed into the
/// dashboard's box. The protocol is the asking process's id on a line, the question, then
/// the end of the connection's writing side; the answer is "1" and the text, or "0" for a
/// cancelled box.
///
/// A sync runs git several times (fetch, push), and each run asks again: an answer is
/// given again to another process that asks the same question during the same sync, and
/// forgotten when the sync ends. The same process asking again means the answer was wrong
/// (ssh's second try at a passphrase): then the person is asked.
public final class AskpassServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var id: Int
        public var asked: String
    }

    /// Where the askpass call connects.
    public let socketPath: String
    private let folder: String
    private let listener: Int32
    private let lock = NSLock()
    private var waiting: [Int: (descriptor: Int32, since: Date)] = [:]
    private var fresh: [Request] = []
    private var expired: [Int] = []
    private var nextID = 1
    private var cancelling = false
    private var cancelled = false
    /// Answers of the running sync, by question, with the process they were given to.
    private var given: [String: (answer: String, asker: String)] = [:]
    private var askers: [Int: (question: String, asker: String)] = [:]
    /// How long a box waits for an answer before the askpass call gives up.
    let patience: TimeInterval = 300

    /// A server in a new private folder; nil where no socket can be made (then git and
    /// ssh fail with their own message, as from cron).
    public init?() {
        var template = Array((NSTemporaryDirectory() + "/lotse-askpass-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        folder = String(cString: made)
        socketPath = folder + "/socket"
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { return nil }
        let descriptor = listener
        let bound = LocalSocket.withAddress(socketPath) { bind(descriptor, $0, $1) }
        guard bound == 0, listen(listener, 8) == 0 else {
            close(listener)
            return nil
        }
        chmod(socketPath, 0o600)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit {
        close(listener)
        unlink(socketPath)
        rmdir(folder)
    }

    /// Removes the socket and its folder (at the dashboard's end).
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        unlink(socketPath)
        rmdir(folder)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            var asked = Data()
            var chunk = [UInt8](repeating: 0, count: 4096)
            while asked.count < 65_536 {
                let count = read(connection, &chunk, chunk.count)
                guard count > 0 else { break }
                asked.append(contentsOf: chunk[0..<count])
            }
            let text = String(decoding: asked, as: UTF8.self)
            let newline = text.firstIndex(of: "\n") ?? text.startIndex
            let asker = String(text[..<newline])
            let question = newline < text.endIndex ? String(text[text.index(after: newline)...]) : text
            lock.withLock {
                if cancelling {
                    reply(connection, nil)
                } else if let earlier = given[question], earlier.asker != asker {
                    reply(connection, earlier.answer)
                } else {
                    let id = nextID
                    nextID += 1
                    waiting[id] = (connection, Date())
                    askers[id] = (question, asker)
                    fresh.append(Request(id: id, asked: question))
                }
            }
        }
    }

    private func reply(_ descriptor: Int32, _ answer: String?) {
        let bytes = Array(((answer == nil ? "0" : "1") + (answer ?? "")).utf8)
        _ = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// The questions asked since the last call, and the ids of boxes that waited too long.
    public func take(now: Date = Date()) -> (asked: [Request], expired: [Int]) {
        lock.withLock {
            for (id, entry) in waiting where now.timeIntervalSince(entry.since) > patience {
                reply(entry.descriptor, nil)
                waiting[id] = nil
                expired.append(id)
                cancelled = true
            }
            defer {
                fresh = []
                expired = []
            }
            return (fresh, expired)
        }
    }

    /// Sends what was typed; nil cancels this question and every further one of the
    /// running sync.
    public func answer(id: Int, with text: String?) {
        lock.withLock {
            if text == nil {
                cancelling = true
                cancelled = true
            }
            guard let entry = waiting.removeValue(forKey: id) else { return }
            if let text, let asked = askers.removeValue(forKey: id) { given[asked.question] = (text, asked.asker) }
            reply(entry.descriptor, text)
        }
    }

    /// A new sync begins: it may ask again.
    public func reset() {
        lock.withLock {
            cancelling = false
            cancelled = false
            given = [:]
        }
    }

    /// Whether the sync that just ended had a box cancelled (or left unanswered).
    public var wasCancelled: Bool { lock.withLock { cancelled } }

    /// The sync ended: questions still open are answered as cancelled.
    public func finish() {
        lock.withLock {
            for entry in waiting.values { reply(entry.descriptor, nil) }
            waiting = [:]
            askers = [:]
            fresh = []
            given = [:]
        }
    }
}
