import LotseCore

/// `render(state) → buffer`: the whole screen as a value, with no terminal involved. The
/// one switch over the destinations on the UI side: each screen draws its own state.
public enum Renderer {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size)
        guard HomeLayout.fits(state.size) else {
            TooSmallScreen.draw(state, into: &buffer)
            return buffer
        }
        drawScreen(state, into: &buffer)
        if let dialog = state.dialog { DialogView.draw(dialog, state: state, into: &buffer) }
        if let prompt = state.sync?.prompts.first { CredentialBox.draw(prompt, state: state, into: &buffer) }
        HintLine.draw(state, into: &buffer, in: state.layout.hints)
        return buffer
    }

    /// The topmost screen of the path, under its dialogs.
    private static func drawScreen(_ state: AppState, into buffer: inout Buffer) {
        let layout = state.layout
        let index = state.path.lastIndex { !$0.isDialog }
        switch index.map({ state.path[$0] }) {
        case nil:
            HomeScreen.draw(state, into: &buffer)
        case .pager(let pager)?:
            // Help and the broken files stand over the home screen; details fill the screen.
            if pager.isOverlay { HomeScreen.draw(state, into: &buffer) } else { TitleLine.draw(state, into: &buffer, in: layout.title) }
            PagerScreen.draw(pager, state: state, into: &buffer)
        case .form(let form)?:
            // Over meeting mode a form is the capture box: the projector keeps showing the TOP.
            if let index, index > 0, case .meetingMode(let mode) = state.path[index - 1] {
                MeetingModeScreen.draw(mode, capture: form, state: state, into: &buffer)
            } else if case .fields(let fields) = form, let index {
                // A form of a few fields is a box over the screen it was opened from.
                var below = state
                below.path = Array(state.path[..<index])
                drawScreen(below, into: &buffer)
                FormScreen.drawBox(fields, state: state, into: &buffer)
            } else {
                TitleLine.draw(state, into: &buffer, in: layout.title)
                FormScreen.draw(form, state: state, into: &buffer)
            }
        case .knowledge(let knowledge)?:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            KnowledgeScreen.draw(knowledge, state: state, into: &buffer)
        case .matrix(let matrix)?:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            MatrixScreen.draw(matrix, state: state, into: &buffer)
        case .agenda(let agenda)?:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            AgendaScreen.draw(agenda, state: state, into: &buffer)
        case .meetingMode(let mode)?:
            MeetingModeScreen.draw(mode, capture: nil, state: state, into: &buffer)
        case .measures(let measures)?:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            MeasuresScreen.draw(measures, state: state, into: &buffer)
        case .list(let screen)?:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            ListScreenView.draw(screen, state: state, into: &buffer)
        case .dialog?:
            break
        }
    }
}
