import Foundation
import LotseStore

extension SyncMessages {
    public static let german = SyncMessages(
        recordEvent: { kind, event, title in
            let noun: String
            switch kind {
            case .question: noun = "Frage"
            case .meeting: noun = "Treffen"
            case .commune: noun = "Kommune"
            }
            switch event {
            case .added: return "\(noun) \(kind == .question ? "erfasst" : "angelegt"): \(title)"
            case .removed: return "\(noun) \(kind == .commune ? "entfernt" : "gelöscht"): \(title)"
            case .changed: return "\(noun) geändert: \(title)"
            case .ended: return "Treffen abgeschlossen: \(title)"
            case .status(let status):
                switch status {
                case .open: return "Frage wieder offen: \(title)"
                case .clarifying: return "Frage in Klärung: \(title)"
                case .answered: return "Frage beantwortet: \(title)"
                case .closed: return "Frage geschlossen: \(title)"
                case .merged: return "Frage zusammengeführt: \(title)"
                }
            }
        },
        settingsChanged: "Netzwerk-Einstellungen geändert (store.json)",
        networkStarted: { "Netzwerk „\($0)“ angelegt" },
        storeFilesChanged: "Store-Dateien geändert",
        fileChanged: { "Datei geändert: \($0)" },
        changesSubject: { count, first in "\(count) Änderungen, darunter: \(first)" },
        andMore: { "… und \($0) weitere" },
        mergeCommit: "Sync: Änderungen der anderen Rechner zusammengeführt",
        summary: { pulled, pushed, conflicts in
            var parts = ["\(pulled) \(pulled == 1 ? "Änderung" : "Änderungen") geholt", "\(pushed) gesendet"]
            if conflicts > 0 { parts.append("\(conflicts) \(conflicts == 1 ? "Konflikt" : "Konflikte")") }
            return parts.joined(separator: ", ")
        },
        conflictsHeading: "Offene Konflikte (im Dashboard unter C ansehen und entscheiden):",
        conflictLine: { record, field, kept, other in "\(record) · \(field): behalten \(kept), anderer Wert \(other)" },
        absent: "(leer)",
        keptDespiteDeletion: { "„\($0)“ wurde auf einer Seite gelöscht und auf der anderen geändert; die geänderte Fassung bleibt erhalten." },
        restoredAfterDeletion: { "„\($0)“ ist wieder da: gelöscht, aber auf einem anderen Rechner inzwischen geändert; die geänderte Fassung gilt. Wenn sie weg soll: noch einmal löschen." },
        keptOutReason: { reason in
            switch reason {
            case .outsideLayout: return "gehört nicht zum Store"
            case .link: return "Verknüpfung – nicht gefolgt"
            case .submodule: return "Submodul – nicht übernommen"
            case .tooLarge(let size): return "\(size / 1024) KB, größer als ein Datensatz sein darf"
            case .ruleChanged: return "Lotses Regeln wiederhergestellt"
            case .unmergeable: return "nicht zusammenführbar, die eigene Fassung bleibt"
            }
        },
        keptOutGroup: { paths, reason, commit, author in
            "Ferngehalten (\(reason)): \(paths) – aus Commit \(commit) von \(author.isEmpty ? "unbekannt" : author)"
        },
        screenCommit: { paths in
            "Lotse: \(paths.count) \(paths.count == 1 ? "Pfad" : "Pfade") aus dem Store ferngehalten\n\n" + paths.prefix(50).joined(separator: "\n")
        },
        followedPurge: "Der geteilte Verlauf wurde aus Datenschutzgründen bereinigt; dieser Rechner ist gefolgt, seine nicht gesendeten Änderungen sind übernommen.",
        heldBackHeading: "Zurückgehalten, weil der Text nach personenbezogenen Daten aussieht (nicht gesendet, bleibt hier):",
        heldBackLine: { record, id in "\(record): umschreiben, oder als unbedenklich senden mit `lotse sync --confirm \(id)`" },
        error: { error in
            switch error {
            case .gitMissing:
                return "git ist nicht installiert. Unter Debian/Ubuntu: sudo apt-get install git"
            case .notSetUp(let path):
                return "\(path) wird noch nicht synchronisiert. Einrichten mit `lotse sync init --remote URL --store \(path)`, oder ein bestehendes Netzwerk mit `lotse join URL ORDNER` holen."
            case .notAStore(let path):
                return "\(path) ist kein Lotse-Store (keine store.json). Mit --store den Store-Ordner angeben."
            case .remote(let failure, let remote, let detail, let step):
                return SyncMessages.germanRemote(failure, remote, detail, step)
            case .newerSchema(let found, let supported):
                return "Das Remote hat Schema-Version \(found), dieses Lotse kennt nur bis \(supported). Nicht zusammengeführt, damit keine Felder verloren gehen: bitte Lotse aktualisieren."
            case .remoteHoldsAnotherNetwork(let remote):
                return "\(remote) enthält schon ein anderes Netzwerk. Zum Mitmachen `lotse join \(remote) ORDNER` nutzen, oder ein leeres Remote angeben."
            case .folderNotEmpty(let path):
                return "\(path) ist nicht leer. `lotse join` braucht einen neuen oder leeren Ordner."
            case .remoteNotAStore(let remote):
                return "\(remote) enthält keinen Lotse-Store (keine store.json). Das Netzwerk wird mit `lotse sync init --remote \(remote)` dort angelegt."
            case .store(let storeError):
                return Messages.german.storeError(storeError)
            case .git(let command, let detail):
                return "git \(command) ist fehlgeschlagen: \(detail). Die lokalen Daten sind unverändert."
            }
        },
        setUp: { "Der Store wird jetzt über \($0) synchronisiert. Kolleginnen holen ihn mit `lotse join \($0) ORDNER`." },
        joined: { network, path in "Netzwerk „\(network)“ nach \(path) geholt. Öffnen mit: lotse --store \(path)" },
        statusLines: { status, now in
            var lines = ["Remote: \(status.remote) (\(status.branch))",
                         "Voraus ↑\(status.unsent.count) (nicht gesendet) · Zurück ↓\(status.incoming) (noch nicht geholt, Stand des letzten Abrufs)"]
            lines.append("Letzter Sync: " + (status.lastSync.map { Format.day($0) + ", " + SyncMessages.germanAgo(Int(now.timeIntervalSince($0))) } ?? "noch nie"))
            lines.append("Offene Konflikte: \(status.openConflicts.count)")
            if let since = status.purgePending { lines.append(SyncMessages.germanPurgePending(since)) }
            return lines
        },
        purgePending: SyncMessages.germanPurgePending,
        purgePendingShort: "⚠ Löschung ausstehend",
        titleState: { ahead, behind, last, now in
            "↑\(ahead) ↓\(behind)" + (last.map { " · " + SyncMessages.germanAgo(Int(now.timeIntervalSince($0))) } ?? "")
        },
        offline: "offline",
        syncing: "synchronisiere …",
        conflictCount: { "\($0) \($0 == 1 ? "Konflikt" : "Konflikte")" },
        ago: { SyncMessages.germanAgo($0) }
    )
}

extension SyncMessages {
    static func germanAgo(_ seconds: Int) -> String {
        switch seconds {
        case ..<60: return "gerade eben"
        case ..<3600: return "vor \(seconds / 60) Min."
        case ..<86400: return "vor \(seconds / 3600) Std."
        default: return "vor \(seconds / 86400) \(seconds / 86400 == 1 ? "Tag" : "Tagen")"
        }
    }
}

extension SyncMessages {
    static func germanPurgePending(_ since: Date) -> String {
        "⚠ Löschung ausstehend seit \(Format.day(since)): der geteilte Verlauf hält noch Namen, die gelöscht sein müssten – "
            + "der Server hat das Ersetzen abgelehnt. Wenn er Force-Pushes erlaubt: `lotse purge`."
    }
}
