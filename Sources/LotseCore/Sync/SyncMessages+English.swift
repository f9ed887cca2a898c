import Foundation
import LotseStore

extension SyncMessages {
    public static let english = SyncMessages(
        recordEvent: { kind, event, title in
            let noun: String
            switch kind {
            case .question: noun = "Question"
            case .meeting: noun = "Meeting"
            case .commune: noun = "Commune"
            }
            switch event {
            case .added: return "\(noun) \(kind == .question ? "logged" : "added"): \(title)"
            case .removed: return "\(noun) removed: \(title)"
            case .changed: return "\(noun) changed: \(title)"
            case .ended: return "Meeting ended: \(title)"
            case .status(let status):
                switch status {
                case .open: return "Question reopened: \(title)"
                case .clarifying: return "Question being clarified: \(title)"
                case .answered: return "Question answered: \(title)"
                case .closed: return "Question closed: \(title)"
                case .merged: return "Question merged: \(title)"
                }
            }
        },
        settingsChanged: "Network settings changed (store.json)",
        networkStarted: { "Network “\($0)” started" },
        storeFilesChanged: "Store files changed",
        fileChanged: { "File changed: \($0)" },
        changesSubject: { count, first in "\(count) changes, among them: \(first)" },
        andMore: { "… and \($0) more" },
        mergeCommit: "Sync: merged the changes of the other machines",
        summary: { pulled, pushed, conflicts in
            var parts = ["\(pulled) \(pulled == 1 ? "change" : "changes") pulled", "\(pushed) sent"]
            if conflicts > 0 { parts.append("\(conflicts) \(conflicts == 1 ? "conflict" : "conflicts")") }
            return parts.joined(separator: ", ")
        },
        conflictsHeading: "Open conflicts (look at them and decide in the dashboard under C):",
        conflictLine: { record, field, kept, other in "\(record) · \(field): kept \(kept), other value \(other)" },
        absent: "(empty)",
        keptDespiteDeletion: { "“\($0)” was deleted on one side and changed on the other; the changed version is kept." },
        restoredAfterDeletion: { "“\($0)” is back: deleted, but changed on another machine meanwhile; the changed version holds. If it should go: delete it again." },
        keptOutReason: { reason in
            switch reason {
            case .outsideLayout: return "not part of the store"
            case .link: return "a link – not followed"
            case .submodule: return "a submodule – not taken"
            case .tooLarge(let size): return "\(size / 1024) KB, larger than a record may be"
            case .ruleChanged: return "Lotse's rules restored"
            case .unmergeable: return "cannot be merged, the local version stays"
            }
        },
        keptOutGroup: { paths, reason, commit, author in
            "Kept out (\(reason)): \(paths) – from commit \(commit) by \(author.isEmpty ? "unknown" : author)"
        },
        screenCommit: { paths in
            "Lotse: kept \(paths.count) \(paths.count == 1 ? "path" : "paths") out of the store\n\n" + paths.prefix(50).joined(separator: "\n")
        },
        followedPurge: "The shared history was purged for data protection; this machine followed, and its unsent changes are carried over.",
        heldBackHeading: "Held back because the text looks like personal data (not sent, stays here):",
        heldBackLine: { record, id in "\(record): rewrite it, or send it as a false alarm with `lotse sync --confirm \(id)`" },
        error: { error in
            switch error {
            case .gitMissing:
                return "git is not installed. On Debian/Ubuntu: sudo apt-get install git"
            case .notSetUp(let path):
                return "\(path) is not synced yet. Set it up with `lotse sync init --remote URL --store \(path)`, or fetch an existing network with `lotse join URL FOLDER`."
            case .notAStore(let path):
                return "\(path) is not a Lotse store (no store.json). Name the store folder with --store."
            case .remote(let failure, let remote, let detail, let step):
                return SyncMessages.englishRemote(failure, remote, detail, step)
            case .newerSchema(let found, let supported):
                return "The remote has schema version \(found); this Lotse knows up to \(supported). Not merged, so that no field is lost: please update Lotse."
            case .remoteHoldsAnotherNetwork(let remote):
                return "\(remote) already holds another network. To take part, use `lotse join \(remote) FOLDER`, or name an empty remote."
            case .folderNotEmpty(let path):
                return "\(path) is not empty. `lotse join` needs a new or empty folder."
            case .remoteNotAStore(let remote):
                return "\(remote) holds no Lotse store (no store.json). A network is started there with `lotse sync init --remote \(remote)`."
            case .store(let storeError):
                return Messages.english.storeError(storeError)
            case .git(let command, let detail):
                return "git \(command) failed: \(detail). The local data is unchanged."
            }
        },
        setUp: { "The store is now synced through \($0). Colleagues fetch it with `lotse join \($0) FOLDER`." },
        joined: { network, path in "Fetched the network “\(network)” into \(path). Open it with: lotse --store \(path)" },
        statusLines: { status, now in
            var lines = ["Remote: \(status.remote) (\(status.branch))",
                         "Ahead ↑\(status.unsent.count) (not sent yet) · Behind ↓\(status.incoming) (not pulled yet, as of the last fetch)"]
            lines.append("Last sync: " + (status.lastSync.map { Format.day($0) + ", " + SyncMessages.englishAgo(Int(now.timeIntervalSince($0))) } ?? "never"))
            lines.append("Open conflicts: \(status.openConflicts.count)")
            if let since = status.purgePending { lines.append(SyncMessages.englishPurgePending(since)) }
            return lines
        },
        purgePending: SyncMessages.englishPurgePending,
        purgePendingShort: "⚠ deletion pending",
        titleState: { ahead, behind, last, now in
            "↑\(ahead) ↓\(behind)" + (last.map { " · " + SyncMessages.englishAgo(Int(now.timeIntervalSince($0))) } ?? "")
        },
        offline: "offline",
        syncing: "syncing …",
        conflictCount: { "\($0) \($0 == 1 ? "conflict" : "conflicts")" },
        ago: { SyncMessages.englishAgo($0) }
    )
}

extension SyncMessages {
    static func englishAgo(_ seconds: Int) -> String {
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return "\(seconds / 60) min ago"
        case ..<86400: return "\(seconds / 3600) h ago"
        default: return "\(seconds / 86400) \(seconds / 86400 == 1 ? "day" : "days") ago"
        }
    }
}

extension SyncMessages {
    static func englishPurgePending(_ since: Date) -> String {
        "⚠ Deletion pending since \(Format.day(since)): the shared history still holds names that must be deleted – "
            + "the server refused to replace it. Once it allows force pushes: `lotse purge`."
    }
}
