import LotseCore

/// Fills the hint bar from the key map for whatever the user is doing now; a notice
/// ("Gespeichert", an error) stands at its right end until the next key.
enum HintLine {
    static func draw(_ state: AppState, into buffer: inout Buffer, in rect: Rect) {
        let s = state.strings
        let notice = state.notice.map { state.language.questionTexts.notice($0) } ?? ""
        let noticeRole: Role = {
            switch state.notice {
            case .failed?, .exportFailed?, .formHasProblems?, .syncFailed?: return .error
            case .notPossible?, .nothingToUndo?, .syncCancelled?, .syncKeptOut?: return .warning
            default: return .success
            }
        }()
        if state.home.editingFilter != nil && state.path.isEmpty {
            let keys = KeyMap.hints(in: [.textInput]).map { HintBar.Item($0.hintLabel, s.commandHint($0.command, .textInput)) }
            HintBar.draw(into: &buffer, items: [HintBar.Item(s.filterLabel + ":", "")] + keys, trailing: notice,
                         trailingRole: noticeRole, in: rect)
            return
        }
        if state.sync?.prompts.isEmpty == false {
            // The credential box names its keys in its own last line.
            HintBar.draw(into: &buffer, items: [], trailing: notice, trailingRole: noticeRole, in: rect)
            return
        }
        switch state.dialog {
        case .confirm?, .conflict?, nil: break
        default:
            // Pickers and prompts name their keys in their own last line, beside the list or field.
            HintBar.draw(into: &buffer, items: [], trailing: notice, trailingRole: noticeRole, in: rect)
            return
        }
        HintBar.draw(into: &buffer, items: HintBarModel.items(state), trailing: notice, trailingRole: noticeRole, in: rect)
    }
}
