import LotseCore
import LotseStore

/// The home screen: title line, the three panels, the detail area, the warning line for
/// broken store files, and the hint bar.
enum HomeScreen {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let layout = state.layout
        TitleLine.draw(state, into: &buffer, in: layout.title)
        drawCommunes(state, layout: layout, into: &buffer)
        drawQuestions(state, layout: layout, into: &buffer)
        drawMeetings(state, layout: layout, into: &buffer)
        drawDetail(state, in: layout.detail, into: &buffer)
        drawWarnings(state, in: layout.warnings, into: &buffer)
    }

    private static func panelTitle(_ panel: Panel, _ state: AppState) -> String {
        let s = state.strings
        let name: String
        switch panel {
        case .communes: name = s.communes
        case .questions:
            let base = state.home.query.statuses == QuestionQuery.open.statuses ? s.openQuestions : state.language.questionTexts.questionsTitle
            // The order in force and its direction: ▼ the usual way (newest first, A to Z), ▲ turned round.
            let sort = state.language.questionTexts.sortName(state.home.query.sort) + (state.home.query.reversed ? " ▲" : " ▼")
            if let id = state.selectedCommune, let commune = state.network.communes.first(where: { $0.id == id }) {
                name = "\(base) · \(commune.name) · \(sort)"
            } else {
                name = "\(base) · \(sort)"
            }
        case .meetings: name = s.meetings
        }
        return "[\(panel.rawValue)] \(name)"
    }

    /// Draws the frame and the filter line; returns the area left for the list.
    private static func panelFrame(_ panel: Panel, _ state: AppState, rect: Rect, into buffer: inout Buffer) -> Rect {
        let count = state.rowCount(panel)
        let position = count == 0 ? "0" : "\(state.cursor(panel).selected + 1)/\(count)"
        Frame.draw(into: &buffer, rect, title: panelTitle(panel, state), focused: state.home.focus == panel, footer: position)
        var inner = rect.inner
        if state.showsFilter(panel) {
            let editing = state.home.editingFilter == panel
            var x = inner.x + 1
            if editing || !state.home.filter(panel).isEmpty {
                x = buffer.write(DisplayWidth.truncate("/ " + state.home.filter(panel), to: inner.width - 2), x: x, y: inner.y,
                                 Style(.accent, [.bold]), limit: inner.maxX - 1)
                if editing { x = buffer.write("▏", x: x, y: inner.y, Style(.accent), limit: inner.maxX) }
                x += 1
            }
            if panel == .questions, let summary = querySummary(state) {
                buffer.write(DisplayWidth.truncate(summary, to: max(0, inner.maxX - 1 - x)), x: x, y: inner.y,
                             Style(.warning), limit: inner.maxX - 1)
            }
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        return inner
    }

    /// The active filters of the questions panel in words, so they are always visible.
    static func querySummary(_ state: AppState) -> String? {
        let query = state.home.query
        let t = state.language.questionTexts
        var parts: [String] = []
        if query.statuses != QuestionQuery.open.statuses {
            let statuses = QuestionStatus.allCases.filter { query.statuses.isEmpty || query.statuses.contains($0) }
            parts.append(statuses.map { state.strings.questionStatus($0) }.joined(separator: ", "))
        }
        if let category = query.category { parts.append(category) }
        if let tag = query.tag { parts.append("#" + tag) }
        if let assignee = query.assignee { parts.append("\(t.assignee): \(assignee)") }
        if query.sort != .date { parts.append("↕ " + t.sortName(query.sort)) }
        return parts.isEmpty ? nil : "▾ " + parts.joined(separator: " · ")
    }

    private static func drawCommunes(_ state: AppState, layout: HomeLayout, into buffer: inout Buffer) {
        let area = panelFrame(.communes, state, rect: layout.communes, into: &buffer)
        let rows = state.communeRows
        if rows.count == 1, area.height > 1 {
            // Only "all communes": say what to do next, under it.
            drawEmpty(Details.emptyText(.communes, state), in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                      into: &buffer)
        }
        // The trend of the last six months, where the panel is wide enough for it and some
        // commune has a trend to show.
        let trends = area.width >= 26 && state.homeView.hasRecentTrend ? state.homeView.trends : [:]
        ListView.draw(into: &buffer, count: rows.count, cursor: state.cursor(.communes), in: area,
                      focused: state.home.focus == .communes) { index in
            let row = rows[index]
            let count = "\(row.openCount)"
            let trend = trends.isEmpty ? "" : Trend.sparkline(Array((trends[row.communeID] ?? Array(repeating: 0, count: 12)).suffix(6))) + " "
            let padded = String(repeating: " ", count: max(0, 3 - count.count)) + count
            if row.archived {
                return ListRow([TextSpan(row.name, .muted)], trailing: TextSpan(state.strings.archivedMark + " " + padded, .muted))
            }
            return ListRow([TextSpan(row.name, row.communeID == nil ? .heading : .plain)],
                           trailing: TextSpan(trend + padded, row.openCount == 0 ? .muted : .warning))
        }
    }

    private static func drawQuestions(_ state: AppState, layout: HomeLayout, into buffer: inout Buffer) {
        let area = panelFrame(.questions, state, rect: layout.questions, into: &buffer)
        let rows = state.questionRows
        if rows.isEmpty {
            drawEmpty(Details.emptyText(.questions, state), in: area, into: &buffer)
        }
        // Wide terminals show more of each question: communes, category, date, who clarifies it.
        // As many of the extra columns as leave the title 40 columns.
        let widths = [18, 16, 10, 14]
        var columnCount = 0
        if state.size.width >= 160 {
            var room = area.width - 40
            while columnCount < widths.count, room >= widths[columnCount] + 2 {
                room -= widths[columnCount] + 2
                columnCount += 1
            }
        }
        let sort = state.home.query.sort
        let grouped = sort == .commune || sort == .category
        let t = state.language.questionTexts
        func group(_ row: QuestionRow) -> String {
            sort == .commune ? (row.communes.sorted().first ?? "") : (row.category.isEmpty ? t.noCategory : row.category)
        }
        let cursor = state.cursor(.questions)
        ListView.draw(into: &buffer, count: rows.count, cursor: cursor, in: area,
                      focused: state.home.focus == .questions) { index in
            let row = rows[index]
            var spans: [TextSpan] = []
            if grouped {
                // Rows sorted by commune or category stand under their group's name, given once
                // (and again at the top of the panel, when a group starts above it).
                let name = group(row)
                let first = index == cursor.offset || group(rows[index - 1]) != name
                spans.append(TextSpan(DisplayWidth.pad(DisplayWidth.truncate(first ? name : "", to: 16), to: 17), .heading))
            }
            spans += [TextSpan(StatusGlyph.of(row.status) + " ", StatusGlyph.emphasis(of: row.status)), TextSpan(row.title)]
            if columnCount > 0 {
                let columns = [row.communes.joined(separator: ", "), row.category.isEmpty ? t.noCategory : row.category,
                               Format.day(row.created), row.assignee ?? ""]
                let text = (0 ..< columnCount).map { DisplayWidth.pad(DisplayWidth.truncate(columns[$0], to: widths[$0]), to: widths[$0]) }
                    .joined(separator: "  ")
                return ListRow(spans, trailing: TextSpan(text, .muted))
            }
            return ListRow(spans, trailing: row.communeCount > 1 ? TextSpan("\(row.communeCount)×", .accent) : nil)
        }
    }

    private static func drawMeetings(_ state: AppState, layout: HomeLayout, into buffer: inout Buffer) {
        let area = panelFrame(.meetings, state, rect: layout.meetings, into: &buffer)
        let meetingRows = state.meetingRows
        let listHeight = state.visibleRows(.meetings)
        let rows = meetingRows.map { row in
            ListRow([
                TextSpan(StatusGlyph.of(row.state) + " ", row.state == .finished ? .success : .accent),
                TextSpan(row.dateLabel + " ", .muted),
                TextSpan(row.title),
            ])
        }
        if rows.isEmpty {
            drawEmpty(Details.emptyText(.meetings, state), in: area, into: &buffer)
            return
        }
        ListView.draw(into: &buffer, rows: rows, cursor: state.cursor(.meetings),
                      in: Rect(x: area.x, y: area.y, width: area.width, height: listHeight), focused: state.home.focus == .meetings)
        guard let meeting = state.selectedMeeting else { return }
        let agendaArea = Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
        AgendaView.draw(meeting, strings: state.strings, into: &buffer, in: agendaArea)
    }

    /// What an empty list says, wrapped over as many lines as it needs and fit.
    private static func drawEmpty(_ text: String, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 2 else { return }
        let lines = Wrap.lines(text, width: area.width - 2)
        for (index, line) in lines.prefix(area.height).enumerated() {
            buffer.write(line, x: area.x + 1, y: area.y + index, Style(.muted), limit: area.maxX - 1)
        }
    }

    private static func drawDetail(_ state: AppState, in rect: Rect, into buffer: inout Buffer) {
        let content = Details.make(for: state.home.focus, in: state)
        let text = PagerLayout.textArea(of: rect)
        // Only what fits is wrapped: a district's detail can list thousands of questions.
        var lines: [Wrap.Line] = []
        for line in content.lines where lines.count <= text.height {
            lines += Wrap.wrap(line, width: text.width)
        }
        let more = lines.count > text.height
        Frame.draw(into: &buffer, rect, title: content.title,
                   footer: more ? state.strings.showEverything : nil)
        TextView.draw(into: &buffer, lines: lines, offset: 0, in: text)
    }

    /// Two lines: how many files are broken and how to see them all, then the first file
    /// with its reason, so that the path is never cut to make room for the rest.
    private static func drawWarnings(_ state: AppState, in rect: Rect, into buffer: inout Buffer) {
        guard rect.height > 0, let first = state.problems.first else { return }
        let s = state.strings
        buffer.fill(rect, Style(.warning))
        let broken = state.problems.filter { !$0.isLoaded }.count
        let summary = broken > 0 ? "⚠ \(s.problemSummary(broken)) — \(s.problemsNotLoaded)"
            : "⚠ " + s.inconsistencySummary(state.problems.count)
        let x = buffer.write(DisplayWidth.truncate(summary, to: rect.width - 2), x: rect.x + 1, y: rect.y,
                             Style(.warning, [.bold]), limit: rect.maxX)
        buffer.write("  " + s.showAllProblems, x: x, y: rect.y, Style(.muted), limit: rect.maxX)
        guard rect.height > 1 else { return }
        let detail = "\(first.path): \(s.problemReason(first.reason))"
        buffer.write(DisplayWidth.truncate(detail, to: rect.width - 3), x: rect.x + 3, y: rect.y + 1, Style(.warning), limit: rect.maxX)
    }
}
