import Foundation
import LotseCore
import LotseStore

/// Drafts live outside the shared store, in the XDG state folder
/// (`$XDG_STATE_HOME/lotse/drafts`, by default `~/.local/state/lotse/drafts`), one per
/// store, readable by their owner only: they are this machine's, never shared or synced.
public struct DraftFile {
    public let url: URL

    public init(store: URL, environment: [String: String]) {
        let state: URL
        if let folder = environment["XDG_STATE_HOME"], folder.hasPrefix("/") {
            state = URL(fileURLWithPath: folder)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            state = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        // One file per store, named by a hash of its path (FNV-1a), so two stores never mix.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in store.standardizedFileURL.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        url = state.appendingPathComponent("lotse/drafts/\(String(hash, radix: 16)).json")
    }

    public func save(_ draft: Draft) {
        guard let data = try? CanonicalJSON.encode(draft) else { return }
        try? PrivateFile.makeFolder(url.deletingLastPathComponent())
        try? PrivateFile.write(data, to: url)
    }

    /// The kept draft, taken away: it is restored once.
    public func take() -> Draft? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        unlink(url.path)
        return try? CanonicalJSON.decode(Draft.self, from: data)
    }
}
