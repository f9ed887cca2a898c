/// Why a sync, or setting one up, did not happen. Local work is untouched in every case.
public enum SyncError: Error, Hashable, Sendable {
    /// No `git` on the PATH.
    case gitMissing
    /// The store is not a git repository with a remote yet.
    case notSetUp(path: String)
    /// The folder holds no store (no store.json).
    case notAStore(path: String)
    /// Talking to the remote failed, and how: refused credentials, an unknown or changed
    /// host key, no such repository, no answer, a refused push, a race, a cancelled box.
    /// `remote` and `detail` are masked (no password from a URL), `detail` is git's reason.
    case remote(RemoteFailure, remote: String, detail: String, during: RemoteStep)
    /// The remote's store was written by a newer Lotse; merging could lose its fields.
    case newerSchema(found: Int, supported: Int)
    /// `sync init` on a remote that already holds another network.
    case remoteHoldsAnotherNetwork(remote: String)
    /// `join` into a folder that is not empty.
    case folderNotEmpty(path: String)
    /// What was cloned is not a Lotse store.
    case remoteNotAStore(remote: String)
    case store(StoreError)
    /// git failed in a way Lotse does not know how to explain.
    case git(command: String, detail: String)
}

extension SyncError {
    /// What git or ssh printed, for a message: ssh's carriage returns dropped (they would
    /// show as ␍), passwords in addresses masked, trimmed.
    static func plain(_ said: String) -> String {
        SecretMask.apply(said.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: ""))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    init(_ error: GitError) {
        switch error {
        case .notInstalled: self = .gitMissing
        case .failed(let command, _, let output): self = .git(command: SecretMask.apply(command), detail: Self.plain(output))
        }
    }
}

/// What Lotse was doing when the remote failed, so that a message speaks of it: a join
/// has no local changes to keep, a purge has purged here already.
public enum RemoteStep: Hashable, Sendable {
    case sync, join, setUp, purge
}

extension SyncError {
    /// Whether this is the remote not answering: the title line says "offline".
    public var isOffline: Bool {
        if case .remote(.unreachable, _, _, _) = self { return true }
        return false
    }
}
