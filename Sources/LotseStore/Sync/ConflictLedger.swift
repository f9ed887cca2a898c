import Foundation

/// Where the open conflicts were last looked for: the commit HEAD was at, and the files
/// that held a conflict or differed from that commit then. Derived and disposable, beside
/// the index in the user's cache folder, never in the store: a missing or unreadable
/// ledger only means that git searches every file once more, and every file it names is
/// read again, so it never stands in for what a file says.
struct ConflictLedger {
    let url: URL

    init?(forStore root: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let url = StoreIndex.files(forStore: root, environment: environment).first(where: { $0.pathExtension == Self.suffix })
        else { return nil }
        self.url = url
    }

    static let suffix = "conflicts"

    /// The commit on the first line, a path on each line after it.
    func read() -> (commit: String, paths: Set<String>)? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let commit = lines.first, commit.count >= 40, commit.allSatisfy(\.isHexDigit) else { return nil }
        return (commit, Set(lines.dropFirst()))
    }

    func write(commit: String, paths: Set<String>) {
        let text = ([commit] + paths.filter { !$0.contains("\n") }.sorted()).joined(separator: "\n") + "\n"
        if read().map({ $0.commit == commit && $0.paths == paths }) == true { return }
        try? PrivateFile.write(Data(text.utf8), to: url)
    }
}
