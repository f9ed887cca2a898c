/// Geometry of the screens that scroll text: the full-screen detail view and the
/// overlays. Shared by the reducer (how far a page goes, where the end is) and the
/// renderer (where to draw).
public enum PagerLayout {
    /// The outer frame of a pager screen, border included.
    public static func frame(for page: PagerState.Page, size: Size, contentLines: Int) -> Rect {
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        switch page {
        case .detail, .question, .privacy, .syncLog, .history:
            return body
        case .help, .problems:
            let width = min(84, size.width - 4)
            let height = min(contentLines + 2, body.height - 2)
            return body.centered(width: width, height: height)
        }
    }

    /// Where the text goes inside the frame: one column of margin inside the border.
    public static func textArea(of frame: Rect) -> Rect {
        Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    }

    /// The wrapped lines of a pager screen at the current size.
    public static func lines(for page: PagerState.Page, in state: AppState) -> [Wrap.Line] {
        let content = PagerContent.make(for: page, in: state)
        // The overlays size themselves to their content: measure at the widest frame.
        let probe = frame(for: page, size: state.size, contentLines: Int.max / 4)
        let width = textArea(of: probe).width
        return content.lines.flatMap { Wrap.wrap($0, width: width) }
    }

    public static func visibleLines(for page: PagerState.Page, in state: AppState) -> Int {
        visibleLines(for: page, size: state.size, lineCount: lines(for: page, in: state).count)
    }

    /// For callers that already have the wrapped lines: no second wrap.
    public static func visibleLines(for page: PagerState.Page, size: Size, lineCount: Int) -> Int {
        max(1, textArea(of: frame(for: page, size: size, contentLines: lineCount)).height)
    }
}

/// The text of each pager screen.
public enum PagerContent {
    public static func make(for page: PagerState.Page, in state: AppState) -> DetailContent {
        switch page {
        case .detail(let panel): return Details.make(for: panel, in: state)
        case .question(let id):
            guard let question = state.question(id) else {
                return DetailContent(title: state.strings.openQuestions, lines: [.text(state.strings.noMatches, .muted)])
            }
            return Details.question(question, state: state)
        case .help:
            let query = state.path.last.flatMap(PagerState.init).map(\.query) ?? ""
            return HelpContent.make(state.strings, userKeys: state.userKeys, query: query)
        case .problems: return problems(state)
        case .privacy: return PrivacyPage.content(state)
        case .history(let subject, let entries):
            let lines = entries.map { HistoryText.lines($0, language: state.language, timeZone: state.timeZone) }
                ?? [.text(HistoryText.notSynced(state.language), .muted)]
            return DetailContent(title: HistoryText.title(subject.label, language: state.language), lines: lines)
        case .syncLog(let entries):
            return DetailContent(title: SyncLogText.title(state.language),
                                 lines: SyncLogText.lines(entries, language: state.language, timeZone: state.timeZone))
        }
    }

    private static func problems(_ state: AppState) -> DetailContent {
        let s = state.strings
        guard !state.problems.isEmpty else {
            return DetailContent(title: s.problemsTitle, lines: [.text(s.noProblems, .success)])
        }
        var lines: [DetailLine] = []
        for problem in state.problems {
            lines.append(DetailLine([TextSpan("⚠ " + problem.path, .warning)], hangingIndent: 2))
            lines.append(.text(s.problemReason(problem.reason), indent: 2))
        }
        return DetailContent(title: s.problemsTitle, lines: lines)
    }
}
