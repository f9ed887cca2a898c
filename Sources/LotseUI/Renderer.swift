import LotseCore

/// `render(state) → buffer`: the whole screen as a value, with no terminal involved.
public enum Renderer {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size)
        guard HomeLayout.fits(state.size) else {
            TooSmallScreen.draw(state, into: &buffer)
            return buffer
        }
        let layout = state.layout
        switch state.screen {
        case .home:
            HomeScreen.draw(state, into: &buffer)
        case .detail, .question:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            PagerScreen.draw(state, into: &buffer)
        case .help, .problems:
            HomeScreen.draw(state, into: &buffer)
            PagerScreen.draw(state, into: &buffer)
        case .form:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            FormScreen.draw(state, into: &buffer)
        case .knowledge:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            KnowledgeScreen.draw(state, into: &buffer)
        case .matrix:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            MatrixScreen.draw(state, into: &buffer)
        case .agenda(let id):
            TitleLine.draw(state, into: &buffer, in: layout.title)
            AgendaScreen.draw(id, state: state, into: &buffer)
        case .meetingMode(let id):
            MeetingModeScreen.draw(id, state: state, into: &buffer)
        case .measures:
            TitleLine.draw(state, into: &buffer, in: layout.title)
            MeasuresScreen.draw(state, into: &buffer)
        }
        DialogView.draw(state, into: &buffer)
        HintLine.draw(state, into: &buffer, in: layout.hints)
        return buffer
    }
}
