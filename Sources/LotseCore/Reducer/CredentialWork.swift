/// The box in which the dashboard asks what git or ssh need for a sync. It stands above
/// every screen while a sync waits for it, and takes every key: text for a name or a
/// secret, `y`/`n` for a host key, Enter to answer, Esc to cancel the sync.
enum CredentialWork {
    static func asked(id: Int, _ asked: String, in state: inout AppState) {
        guard state.sync != nil else { return }
        state.sync?.prompts.append(CredentialPrompt(id: id, asked: asked))
    }

    /// The askpass call gave up waiting (or its sync ended): its box goes.
    static func withdrawn(id: Int, in state: inout AppState) {
        state.sync?.prompts.removeAll { $0.id == id }
    }

    static func key(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var prompt = state.sync?.prompts.first else { return [] }
        func answer(_ text: String?) -> [Effect] {
            state.sync?.prompts.removeFirst()
            if text == nil {
                // Everything else this sync would ask is moot now.
                let rest = state.sync?.prompts.map(\.id) ?? []
                state.sync?.prompts = []
                state.notice = .syncCancelled
                return ([prompt.id] + rest).map { .answerCredential(id: $0, answer: nil) }
            }
            return [.answerCredential(id: prompt.id, answer: text)]
        }
        if key == .escape { return answer(nil) }
        if case .hostKey = prompt.kind {
            switch key {
            case .character("y"), .character("j"): return answer("yes")
            case .character("n"): return answer("no")
            default: return []
            }
        }
        switch key {
        case .enter: return answer(prompt.input)
        case .backspace: if !prompt.input.isEmpty { prompt.input.removeLast() }
        case .control("u"): prompt.input = ""
        case .character(let character) where !character.isNewline: prompt.input.append(character)
        default: return []
        }
        state.sync?.prompts[0] = prompt
        return []
    }
}
