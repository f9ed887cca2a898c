/// Scrolling a pager: a line, a page, to either end; Esc goes back.
enum PagerReducer {
    static func reduce(_ command: Command, in pager: inout PagerState, state: inout AppState) -> [Effect] {
        let page = PagerLayout.visibleLines(for: pager.page, in: state)
        switch command {
        case .back:
            // Esc clears a search of the help first, then closes it.
            if !pager.query.isEmpty {
                pager.query = ""
                pager.offset = 0
            } else {
                Reducer.pop(&state)
            }
        case .filter where pager.page == .help:
            pager.editing = true
        case .moveUp: pager.offset -= 1
        case .moveDown: pager.offset += 1
        case .pageUp: pager.offset -= page
        case .pageDown: pager.offset += page
        case .moveToTop: pager.offset = 0
        case .moveToBottom: pager.offset = Int.max / 2
        case .editPolicy: FormReducer.open(.fields(MeetingForms.policy(state.network.manifest.retentionInForce)), in: &state)
        case .confirmHeld:
            let held = state.sync?.heldBack ?? []
            guard !held.isEmpty else { return [] }
            return [.confirmPrivacy(held)]
        default: break
        }
        return []
    }

    /// Typing the search of the help: it narrows with every key; Enter keeps it, Esc drops it.
    static func editQuery(_ key: Key, in pager: inout PagerState, state: inout AppState) -> [Effect] {
        switch key {
        case .enter: pager.editing = false
        case .escape:
            pager.editing = false
            pager.query = ""
        case .backspace: if !pager.query.isEmpty { pager.query.removeLast() }
        case .character(let character): pager.query.append(character)
        default: break
        }
        pager.offset = 0
        return []
    }

    /// Keeps the offset between the first line and the last page.
    static func clamp(_ pager: inout PagerState, in state: AppState) {
        let total = PagerLayout.lines(for: pager.page, in: state).count
        let visible = PagerLayout.visibleLines(for: pager.page, size: state.size, lineCount: total)
        pager.offset = max(0, min(pager.offset, total - visible))
    }
}
