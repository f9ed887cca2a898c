import Foundation
import Testing
@testable import LotseCore
@testable import LotseStore

/// The box in which the dashboard asks what git and ssh need during a sync.
@Suite("Reducer: credentials asked during a sync")
struct CredentialPromptTests {
    private func syncing() -> ReducerHarness {
        var state = Fixtures.state()
        state.sync = SyncState()
        var store = ReducerHarness(state)
        store.key(.character("S"), effects: [.sync]) { $0.sync?.startedAt = $0.now }
        return store
    }

    @Test func theQuestionsGitAndSshAskAreRead() {
        let host = CredentialPrompt(id: 1, asked: """
            The authenticity of host '[127.0.0.1]:2299 ([127.0.0.1]:2299)' can't be established.
            ED25519 key fingerprint is SHA256:8a76zjXF/fWMxFyDamHxCzjorMgLkO/ZdbayzxLnniw.
            This key is not known by any other names.
            Are you sure you want to continue connecting (yes/no/[fingerprint])?
            """)
        #expect(host.kind == .hostKey(host: "[127.0.0.1]:2299", fingerprint: "SHA256:8a76zjXF/fWMxFyDamHxCzjorMgLkO/ZdbayzxLnniw"))
        #expect(CredentialPrompt(id: 2, asked: "Enter passphrase for key '/home/anna/.ssh/id_ed25519': ").kind
            == .secret(label: "/home/anna/.ssh/id_ed25519"))
        #expect(CredentialPrompt(id: 3, asked: "Username for 'https://gitlab.example': ").kind == .username(for: "https://gitlab.example"))
        let password = CredentialPrompt(id: 4, asked: "Password for 'https://anna@gitlab.example': ")
        #expect(password.kind == .secret(label: "https://anna@gitlab.example") && password.isMasked)
        // What a hostile server could put into a prompt is made visible, never sent to the terminal.
        #expect(!CredentialPrompt(id: 5, asked: "Password for '\u{1B}]0;pwned\u{07}': ").asked.contains("\u{1B}"))
    }

    @Test func aSecretIsTypedAndSentAndTheBoxGoes() {
        var store = syncing()
        store.send(.credentialAsked(id: 7, "Enter passphrase for key '/k': ")) {
            $0.sync?.prompts = [CredentialPrompt(id: 7, asked: "Enter passphrase for key '/k': ")]
        }
        for character in "gä" {
            store.key(.character(character)) { $0.sync?.prompts[0].input.append(character) }
        }
        store.key(.backspace) { $0.sync?.prompts[0].input = "g" }
        // Keys belong to the box: q types a letter, it does not quit.
        store.key(.character("q")) { $0.sync?.prompts[0].input = "gq" }
        store.key(.enter, effects: [.answerCredential(id: 7, answer: "gq")]) { $0.sync?.prompts = [] }
    }

    @Test func escCancelsEveryQuestionOfTheSyncAndSaysSo() {
        var store = syncing()
        store.send(.credentialAsked(id: 1, "Username for 'https://h': ")) {
            $0.sync?.prompts = [CredentialPrompt(id: 1, asked: "Username for 'https://h': ")]
        }
        store.send(.credentialAsked(id: 2, "Password for 'https://h': ")) {
            $0.sync?.prompts.append(CredentialPrompt(id: 2, asked: "Password for 'https://h': "))
        }
        store.key(.escape, effects: [.answerCredential(id: 1, answer: nil), .answerCredential(id: 2, answer: nil)]) {
            $0.sync?.prompts = []
            $0.notice = .syncCancelled
        }
        let cancelled = SyncError.remote(.cancelled, remote: "https://h", detail: "", during: .sync)
        store.send(.syncFinished(.failed(cancelled))) {
            $0.sync?.startedAt = nil
            $0.notice = .syncCancelled
        }
    }

    @Test func aHostKeyIsTrustedOnlyByY() {
        var store = syncing()
        let asked = "The authenticity of host 'h (1.2.3.4)' can't be established.\nED25519 key fingerprint is SHA256:abc.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?"
        store.send(.credentialAsked(id: 3, asked)) { $0.sync?.prompts = [CredentialPrompt(id: 3, asked: asked)] }
        store.key(.enter)
        store.key(.character("x"))
        store.key(.character("n"), effects: [.answerCredential(id: 3, answer: "no")]) { $0.sync?.prompts = [] }
        store.send(.credentialAsked(id: 4, asked)) { $0.sync?.prompts = [CredentialPrompt(id: 4, asked: asked)] }
        store.key(.character("y"), effects: [.answerCredential(id: 4, answer: "yes")]) { $0.sync?.prompts = [] }
    }
}
