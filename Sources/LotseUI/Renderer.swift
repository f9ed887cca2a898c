import LotseCore

/// `render(state) → buffer`: the whole screen as a value, with no terminal involved.
public enum Renderer {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(size: state.size)
        guard HomeLayout.fits(state.size) else {
            TooSmallScreen.draw(state, into: &buffer)
            return buffer
        }
        switch state.screen {
        case .home:
            HomeScreen.draw(state, into: &buffer)
        case .detail:
            TitleLine.draw(state, into: &buffer, in: state.layout.title)
            PagerScreen.draw(state, into: &buffer)
            HintLine.draw(state, into: &buffer, in: state.layout.hints)
        case .help, .problems:
            HomeScreen.draw(state, into: &buffer)
            PagerScreen.draw(state, into: &buffer)
            HintLine.draw(state, into: &buffer, in: state.layout.hints)
        }
        return buffer
    }
}
