import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// The sync state in the title line and the conflicts screen, as a coordinator sees them.
@Suite("Screens: sync")
struct SyncScreenTests {
    func conflicted(_ size: Size, language: Language = .de) -> AppState {
        var state = ScreenTests.state(size, language: language)
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        state.sync = SyncState(unsent: ["questions/A.json", "questions/B.json"], incoming: 0,
                               lastSync: state.now.addingTimeInterval(-300))
        let question = state.network.questions[0]
        state.network.syncConflicts = [
            SyncConflict(kind: .question, recordID: question.id, path: ["title"], kept: .string(question.title),
                         other: .string("Wohnsitzauflage: Umzug in eine andere Kommune – wer entscheidet, und wie lange dauert es?")),
            SyncConflict(kind: .question, recordID: question.id, path: ["tags"], kept: .array([.string("Umzug")]), other: nil),
        ]
        return state
    }

    @Test func theTitleLineSaysWhatIsUnsentWhenTheLastSyncWasAndTheConflicts() {
        let buffer = Renderer.render(conflicted(ScreenTests.wide))
        let title = buffer.line(0)
        #expect(title.contains("↑2 ↓0 · vor 5 Min. · 2 Konflikte │ Store: ~/.local/share/lotse"))
        #expect(buffer.line(39).contains("S Sync"))
        ScreenTests.expectRowsFit(buffer)
    }

    /// L lists the syncs, newest first, and shows below the list what git did and said in
    /// the selected one; a sync's output from a hostile server is made safe on the way.
    @Test func theSyncLogListsTheSyncsAndShowsTheSelectedOnesCommands() {
        var state = conflicted(ScreenTests.narrow)
        state.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
        let older = SyncLogEntry(started: state.now.addingTimeInterval(-3600), outcome: "Remote nicht erreichbar", succeeded: false,
                                 commands: [.init(line: "git fetch --quiet origin", status: 128,
                                                  output: "fatal: unable to access: \u{1B}[31mCould not resolve host", milliseconds: 3012)])
        let newer = SyncLogEntry(started: state.now.addingTimeInterval(-300), outcome: "2 Änderungen geholt, 1 gesendet", succeeded: true,
                                 commands: [.init(line: "git fetch --quiet origin", status: 0, output: "", milliseconds: 210),
                                            .init(line: "git status --porcelain", status: 0, output: "", milliseconds: 5),
                                            .init(line: "git push --porcelain origin HEAD:refs/heads/main", status: 0,
                                                  output: "To /srv/lotse.git\nDone", milliseconds: 340)])
        _ = Reducer.reduce(&state, .syncLogRead([older, newer]))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.line(2).contains("✓") && buffer.line(2).contains("2 Änderungen geholt, 1 gesendet"), "newest first")
        #expect(buffer.line(3).contains("✗") && buffer.line(3).contains("Remote nicht erreichbar"))
        #expect(buffer.text.contains("git push --porcelain origin HEAD:refs/heads/main  → 0 · 340 ms"))
        #expect(buffer.text.contains("+ 1 lokale git-Befehle ohne Fehler"))
        #expect(buffer.line(23).contains("Enter ganz lesen") && buffer.line(23).contains("Esc Zurück"))
        Golden.check(buffer, "sync-log-80x24")
        // The older, failed one: its fetch and what the server said, without its escape.
        _ = Reducer.reduce(&state, .key(.down))
        let failed = Renderer.render(state)
        #expect(failed.text.contains("→ 128 · 3012 ms") && failed.text.contains("Could not resolve host") && !failed.text.contains("\u{1B}"))
    }

    @Test func aStoreThatDoesNotSyncShowsNeitherStateNorKey() {
        let buffer = Renderer.render(ScreenTests.state(ScreenTests.wide))
        #expect(!buffer.line(0).contains("↑") && !buffer.line(39).contains("Sync"))
    }

    @Test func runningAndOfflineAreSaid() {
        var state = conflicted(ScreenTests.narrow, language: .en)
        state.sync?.startedAt = state.now.addingTimeInterval(-3)
        #expect(Renderer.render(state).line(0).contains("⟳ syncing … 3 s"))
        state.sync?.startedAt = nil
        state.sync?.offline = true
        #expect(Renderer.render(state).line(0).contains("↑2 · offline"))
    }

    @Test func theConflictsScreenShowsBothValuesInFull() {
        var state = conflicted(ScreenTests.narrow)
        _ = Reducer.reduce(&state, .key(.character("C")))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Sync-Konflikte") && buffer.text.contains("Anderer Wert:"))
        #expect(buffer.text.contains("wie lange dauert es?"), "the other value is wrapped, not cut")
        #expect(buffer.line(23).contains("Enter anderen Wert übernehmen"))
        Golden.check(buffer, "conflicts-80x24")
        _ = Reducer.reduce(&state, .key(.down))
        #expect(Renderer.render(state).text.contains("(leer)"), "a removed value says so")
    }

    @Test func theCredentialBoxShowsDotsForASecretAndTheFingerprintForAHost() {
        var state = ScreenTests.state(Size(width: 80, height: 24))
        state.sync = SyncState()
        var prompt = CredentialPrompt(id: 1, asked: "Password for 'https://anna@gitlab.example': ")
        prompt.input = "glpat-geheim"
        state.sync?.prompts = [prompt]
        var buffer = Renderer.render(state)
        #expect(buffer.text.contains("Passwort oder Zugangstoken") && buffer.text.contains("Für https://anna@gitlab.example"))
        #expect(buffer.text.contains("••••••••••••") && !buffer.text.contains("glpat-geheim"))
        #expect(buffer.text.contains("Enter Senden  Esc Sync abbrechen"))
        // The hint bar offers nothing the box does not take.
        #expect(!buffer.line(23).contains("q Beenden"))
        ScreenTests.expectRowsFit(buffer)

        state.sync?.prompts = [CredentialPrompt(id: 2, asked: "The authenticity of host 'git.kreis-soest.de (10.0.0.5)' can't be established.\nED25519 key fingerprint is SHA256:8a76zjXF/fWMxFyDamHxCzjorMgLkO/ZdbayzxLnniw.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")]
        buffer = Renderer.render(state)
        #expect(buffer.text.contains("Unbekannter Server") && buffer.text.contains("git.kreis-soest.de noch nicht"))
        #expect(buffer.text.contains("SHA256:8a76zjXF/fWMxFyDamHxCzjorMgLkO/ZdbayzxLnniw"))
        #expect(buffer.text.contains("y Vertrauen  n Ablehnen  Esc Sync abbrechen"))
        #expect(!buffer.text.contains("yes/no"))
        ScreenTests.expectRowsFit(buffer)
    }
}
