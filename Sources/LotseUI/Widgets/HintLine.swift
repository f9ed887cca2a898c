import LotseCore

/// Fills the hint bar from the key map for whatever the user is doing now.
enum HintLine {
    static func draw(_ state: AppState, into buffer: inout Buffer, in rect: Rect) {
        let s = state.strings
        if state.editingFilter != nil && state.screen == .home {
            HintBar.draw(into: &buffer, items: [HintBar.Item(s.filterLabel + ":", s.filterHint)], in: rect)
            return
        }
        let context = state.screen.keyContext
        let items = KeyMap.hints(in: context).map { binding in
            HintBar.Item(binding.hintLabel, s.commandHint(binding.command, context))
        }
        HintBar.draw(into: &buffer, items: items, in: rect)
    }
}
