import LotseStore

/// What a failure between a clone and its remote means, and what to do, in both
/// languages. A join speaks of a join (it has no local changes to keep), a purge of what it
/// did here already.
extension SyncMessages {
    static func germanRemote(_ failure: RemoteFailure, _ remote: String, _ detail: String, _ step: RemoteStep) -> String {
        let remote = TerminalSafe.line(remote), detail = TerminalSafe.line(detail.replacingOccurrences(of: "\t", with: " "))
        let said = detail.isEmpty ? "" : " (git: \(detail))"
        let what: String
        switch failure {
        case .authentication:
            what = "Das Remote \(remote) hat die Anmeldung abgelehnt\(said). Zugangsdaten prüfen: bei HTTPS Benutzername und Zugangstoken (am besten in einem Credential-Helper gespeichert), bei ssh den Schlüssel (`ssh-add`, und ob er auf dem Server hinterlegt ist)."
        case .hostKeyUnknown:
            what = "Der Host-Schlüssel von \(remote) ist noch nicht bekannt und wurde nicht bestätigt. Den Fingerabdruck bei der IT erfragen und im Dashboard mit S bestätigen, oder einmal im Terminal `lotse sync` ausführen."
        case .hostKeyChanged:
            what = "WARNUNG: Der Host-Schlüssel von \(remote) hat sich geändert – jemand könnte die Verbindung abfangen. Abgelehnt. Bei der IT nachfragen, ob der Server neu eingerichtet wurde; erst dann den alten Schlüssel mit `ssh-keygen -R HOST` entfernen."
        case .notFound:
            what = "Unter \(remote) gibt es kein Repository, oder dieses Konto darf es nicht sehen\(said). Die Adresse prüfen (`git -C STORE remote -v`)."
        case .unreachable:
            what = "Der Server von \(remote) ist nicht erreichbar\(said): offline, falscher Name oder Port, oder eine Firewall."
        case .rejected(let message):
            what = "Das Remote \(remote) hat die Änderungen abgelehnt: \(TerminalSafe.line(message.isEmpty ? detail : message.replacingOccurrences(of: "\t", with: " "))). Meist ist der Zweig geschützt oder ein Server-Hook lehnt ab; die IT muss Pushes auf diesen Zweig erlauben (Force-Push braucht Lotse nur für `purge`)."
        case .pushRace:
            what = "Kolleginnen haben im selben Moment gesendet (dreimal hintereinander). Bitte gleich noch einmal synchronisieren."
        case .cancelled:
            what = "Abgebrochen."
        case .other:
            what = "Das Remote \(remote) hat nicht wie erwartet geantwortet\(said)." + (step == .join ? "" : " Was git sagte, zeigt `lotse sync log`.")
        }
        switch step {
        case .sync:
            return what + " Nichts verloren: die lokalen Änderungen bleiben und werden beim nächsten `lotse sync` gesendet."
        case .join:
            return "Beitritt nicht möglich: " + what + " Es wurde nichts angelegt."
        case .setUp:
            return what + " Der Store ist eingerichtet, aber noch nicht gesendet; `lotse sync` versucht es wieder."
        case .purge:
            if case .rejected(let message) = failure {
                return "Der Server \(remote) hat das Ersetzen des geteilten Verlaufs abgelehnt: \(TerminalSafe.line(message.isEmpty ? detail : message.replacingOccurrences(of: "\t", with: " "))). "
                    + "Die fälligen Namen sind hier aus den Dateien gelöscht und gehen beim nächsten Sync auch aus den Dateien der anderen Rechner; "
                    + "im Verlauf auf dem Server und in jedem Klon bleiben sie aber lesbar (`git log -p`). "
                    + "Die Administration des Servers muss für diesen Zweig Force-Pushes erlauben (GitLab: Settings › Repository › Protected branches › "
                    + "„Allowed to force push“; Gitea: Branch-Schutz › Force-Push erlauben; ein eigener Server: `git config receive.denyNonFastForwards false`), "
                    + "danach `lotse purge` noch einmal ausführen. Bis dahin steht „Löschung ausstehend“ in `lotse sync status`, `lotse privacy report`, "
                    + "der Titelzeile und der Datenschutz-Ansicht."
            }
            return what + " Die fälligen Namen sind hier aus den Dateien gelöscht, im geteilten Verlauf aber noch lesbar: Löschung ausstehend. "
                + "Sobald das behoben ist, `lotse purge` noch einmal ausführen."
        }
    }

    static func englishRemote(_ failure: RemoteFailure, _ remote: String, _ detail: String, _ step: RemoteStep) -> String {
        let remote = TerminalSafe.line(remote), detail = TerminalSafe.line(detail.replacingOccurrences(of: "\t", with: " "))
        let said = detail.isEmpty ? "" : " (git: \(detail))"
        let what: String
        switch failure {
        case .authentication:
            what = "The remote \(remote) refused the login\(said). Check the credentials: for HTTPS a user name and access token (best kept in a credential helper), for ssh the key (`ssh-add`, and whether the server knows it)."
        case .hostKeyUnknown:
            what = "The host key of \(remote) is not known yet and was not confirmed. Ask IT for its fingerprint and confirm it in the dashboard with S, or run `lotse sync` once in a terminal."
        case .hostKeyChanged:
            what = "WARNING: the host key of \(remote) has changed – someone could be intercepting the connection. Refused. Ask IT whether the server was set up anew; only then remove the old key with `ssh-keygen -R HOST`."
        case .notFound:
            what = "There is no repository at \(remote), or this account may not see it\(said). Check the address (`git -C STORE remote -v`)."
        case .unreachable:
            what = "The server of \(remote) cannot be reached\(said): offline, a wrong name or port, or a firewall."
        case .rejected(let message):
            what = "The remote \(remote) refused the changes: \(TerminalSafe.line(message.isEmpty ? detail : message.replacingOccurrences(of: "\t", with: " "))). Usually the branch is protected or a server hook refuses; IT has to allow pushes to this branch (Lotse needs a force push only for `purge`)."
        case .pushRace:
            what = "Colleagues pushed at the same moment (three times in a row). Please sync again in a moment."
        case .cancelled:
            what = "Cancelled."
        case .other:
            what = "The remote \(remote) did not answer as expected\(said)." + (step == .join ? "" : " `lotse sync log` shows what git said.")
        }
        switch step {
        case .sync:
            return what + " Nothing is lost: local changes stay and are sent with the next `lotse sync`."
        case .join:
            return "Could not join: " + what + " Nothing was created."
        case .setUp:
            return what + " The store is set up but not sent yet; `lotse sync` tries again."
        case .purge:
            if case .rejected(let message) = failure {
                return "The server \(remote) refused to replace the shared history: \(TerminalSafe.line(message.isEmpty ? detail : message.replacingOccurrences(of: "\t", with: " "))). "
                    + "The names due are deleted from the files here and leave the other machines' files with their next sync; "
                    + "in the history on the server and in every clone they stay readable (`git log -p`). "
                    + "The server's administrators must allow force pushes to this branch (GitLab: Settings › Repository › Protected branches › "
                    + "\"Allowed to force push\"; Gitea: branch protection › allow force push; a server of your own: "
                    + "`git config receive.denyNonFastForwards false`), then run `lotse purge` again. Until then `lotse sync status`, "
                    + "`lotse privacy report`, the title line and the privacy view say \"deletion pending\"."
            }
            return what + " The names due are deleted from the files here but still readable in the shared history: deletion pending. "
                + "Once that is fixed, run `lotse purge` again."
        }
    }

    /// The short form for the dashboard's hint line.
    public static func remoteNotice(_ failure: RemoteFailure, _ language: Language) -> String {
        let de = language == .de
        switch failure {
        case .authentication: return de ? "✗ Anmeldung abgelehnt – Zugangsdaten prüfen, nichts verloren (L: Sync-Log)" : "✗ Login refused – check the credentials, nothing lost (L: sync log)"
        case .hostKeyUnknown: return de ? "✗ Host-Schlüssel nicht bestätigt, nichts verloren" : "✗ Host key not confirmed, nothing lost"
        case .hostKeyChanged: return de ? "⚠ Host-Schlüssel des Servers geändert – abgelehnt (IT fragen)" : "⚠ The server's host key changed – refused (ask IT)"
        case .notFound: return de ? "✗ Kein Repository unter dieser Adresse (L: Sync-Log)" : "✗ No repository at that address (L: sync log)"
        case .unreachable: return de ? "✗ Remote nicht erreichbar, nichts verloren" : "✗ Remote unreachable, nothing lost"
        case .rejected(let message):
            let said = TerminalSafe.line(message, width: 50)
            return de ? "✗ Push abgelehnt (geschützter Zweig?) \(said)" : "✗ Push refused (protected branch?) \(said)"
        case .pushRace: return de ? "✗ Gleichzeitig gesendet – gleich noch einmal S" : "✗ Pushed at the same moment – press S again soon"
        case .cancelled: return de ? "Sync abgebrochen, nichts verloren" : "Sync cancelled, nothing lost"
        case .other: return de ? "✗ Sync fehlgeschlagen, nichts verloren (L: Sync-Log)" : "✗ Sync failed, nothing lost (L: sync log)"
        }
    }
}
