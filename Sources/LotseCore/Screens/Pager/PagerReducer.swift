/// Scrolling a pager: a line, a page, to either end; Esc goes back.
enum PagerReducer {
    static func reduce(_ command: Command, in pager: inout PagerState, state: inout AppState) -> [Effect] {
        let page = PagerLayout.visibleLines(for: pager.page, in: state)
        switch command {
        case .back: Reducer.pop(&state)
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

    /// Keeps the offset between the first line and the last page.
    static func clamp(_ pager: inout PagerState, in state: AppState) {
        let total = PagerLayout.lines(for: pager.page, in: state).count
        let visible = PagerLayout.visibleLines(for: pager.page, size: state.size, lineCount: total)
        pager.offset = max(0, min(pager.offset, total - visible))
    }
}
