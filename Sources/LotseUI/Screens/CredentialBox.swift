import LotseCore

/// The box in which a sync asks for what git or ssh need: a user name, a secret (shown as
/// dots, never as typed) or the confirmation of a host key with its fingerprint. It stands
/// above every screen; its own last line names its keys.
enum CredentialBox {
    static func draw(_ prompt: CredentialPrompt, state: AppState, into buffer: inout Buffer) {
        let de = state.language == .de
        let title: String, lines: [DetailLine], keys: String
        switch prompt.kind {
        case .hostKey(let host, let fingerprint):
            title = de ? "Unbekannter Server" : "Unknown server"
            lines = [
                .text(de ? "ssh kennt den Server \(host) noch nicht. Fingerabdruck seines Schlüssels:"
                         : "ssh does not know the server \(host) yet. Its key's fingerprint:"),
                .blank,
                .text("  " + fingerprint, .heading),
                .blank,
                .text(de ? "Nur bestätigen, wenn die IT genau diesen Fingerabdruck genannt hat."
                         : "Confirm only if IT gave you exactly this fingerprint.", .warning),
            ]
            keys = de ? "y Vertrauen  n Ablehnen  Esc Sync abbrechen" : "y Trust  n Refuse  Esc Cancel sync"
        case .username(let site):
            title = de ? "Anmeldung für den Sync" : "Login for sync"
            lines = [.text((de ? "Benutzername für " : "User name for ") + site), .blank, .blank]
            keys = de ? "Enter Weiter  Esc Sync abbrechen" : "Enter Next  Esc Cancel sync"
        case .secret(let label):
            let isKey = prompt.asked.lowercased().contains("passphrase")
            title = isKey ? (de ? "Passphrase des ssh-Schlüssels" : "Passphrase of the ssh key")
                : (de ? "Passwort oder Zugangstoken" : "Password or access token")
            let named = label.isEmpty ? "" : isKey ? (de ? "Schlüssel: " : "Key: ") + label : (de ? "Für " : "For ") + label
            lines = [.text(named), .blank, .blank]
            keys = de ? "Enter Senden  Esc Sync abbrechen" : "Enter Send  Esc Cancel sync"
        }
        // A question Lotse could not read is shown as asked, in small print.
        var small: [DetailLine] = []
        if case .secret(let label) = prompt.kind, label.isEmpty { small = [.blank, .text(TerminalSafe.line(prompt.asked, width: 200), .muted)] }
        let area = DialogView.box(title: title, lines: lines + small, hint: keys, state: state, into: &buffer, width: 76)
        guard case .hostKey = prompt.kind else {
            let field = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
            let style = Style(.foreground, on: .selectionInactive)
            buffer.fill(field, style)
            let shown = prompt.isMasked ? String(repeating: "•", count: min(prompt.input.count, area.width - 1)) : prompt.input
            let visible = DisplayWidth.of(shown) < area.width ? shown : String(shown.suffix(area.width - 1))
            buffer.write(visible + "▏", x: field.x, y: field.y, style, limit: field.maxX)
            return
        }
    }
}
