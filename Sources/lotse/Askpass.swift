import Foundation
import LotseStore

/// Lotse as git's and ssh's askpass: called with the question as its one argument and
/// `LOTSE_ASKPASS_SOCKET` naming the dashboard's socket, it passes the question on and
/// prints the answer typed into the dashboard's box (exit 0), or exits 1 when the box was
/// cancelled or the dashboard is gone, so that git and ssh stop instead of waiting.
enum Askpass {
    /// Runs as askpass and ends the process when this call is one; returns otherwise.
    static func runIfAsked() {
        let environment = ProcessInfo.processInfo.environment
        // git also starts Lotse as its filter with one argument, in the same environment.
        guard let path = environment[GitPrompting.socketVariable], !path.isEmpty, CommandLine.arguments.count == 2,
              CommandLine.arguments[1] != GitFilterCommand.configuration.commandName else {
            return
        }
        exit(ask(CommandLine.arguments[1], at: path).map { answer in
            printRaw(answer)
            return 0
        } ?? 1)
    }

    private static func ask(_ question: String, at path: String) -> String? {
        let connection = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard connection >= 0 else { return nil }
        defer { close(connection) }
        guard LocalSocket.withAddress(path, { connect(connection, $0, $1) }) == 0 else { return nil }
        // The asking process (git or ssh) first: an answer given during this sync is
        // given again to another run, not to the same one trying again.
        let asked = Array("\(getppid())\n\(question)".utf8)
        var sent = 0
        while sent < asked.count {
            let count = asked[sent...].withUnsafeBufferPointer { write(connection, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            sent += count
        }
        shutdown(connection, Int32(SHUT_WR))
        var reply = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(connection, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            reply.append(contentsOf: chunk[0..<count])
        }
        guard reply.first == UInt8(ascii: "1") else { return nil }
        return String(decoding: reply.dropFirst(), as: UTF8.self)
    }
}
