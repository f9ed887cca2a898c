import LotseCore
import LotseStore

/// Wissen: the answered questions with a search line, the ranked list on the left and
/// the selected answer on the right, every match highlighted.
enum KnowledgeScreen {
    static func draw(_ knowledge: KnowledgeState, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let frame = KnowledgeLayout.frame(state.size)
        let hits = state.knowledgeHits(knowledge.query)
        // The search line.
        let searchStyle = knowledge.editing ? Style(.accent, [.bold]) : Style(.muted)
        var x = buffer.write(" \(t.searchPrompt): ", x: frame.x, y: frame.y, searchStyle)
        x = buffer.write(knowledge.query, x: x, y: frame.y, Style(.foreground, [.bold]), limit: frame.maxX - 20)
        if knowledge.editing { x = buffer.write("▏", x: x, y: frame.y, Style(.accent)) }
        let count = t.answers(hits.count)
        buffer.write(count, x: frame.maxX - DisplayWidth.of(count) - 1, y: frame.y, Style(.muted))

        let listRect = KnowledgeLayout.list(state.size)
        let cursor = knowledge.selection.cursor
        Frame.draw(into: &buffer, listRect, title: t.knowledgeTitle, focused: true,
                   footer: hits.isEmpty ? nil : "\(cursor.selected + 1)/\(hits.count)")
        if hits.isEmpty {
            buffer.write(t.knowledgeEmpty, x: listRect.inner.x + 1, y: listRect.inner.y, Style(.muted), limit: listRect.inner.maxX)
        }
        ListView.draw(into: &buffer, count: hits.count, cursor: cursor, in: listRect.inner, focused: true) { index in
            ListRow([TextSpan(StatusGlyph.of(hits[index].question.status) + " ", .success)]
                    + KnowledgeSearch.highlight(hits[index].question.title, query: knowledge.query),
                    trailing: GuideLines.label(hits[index].question, state: state))
        }

        let detailRect = KnowledgeLayout.detail(state.size)
        guard hits.indices.contains(cursor.selected) else {
            Frame.draw(into: &buffer, detailRect, title: "")
            return
        }
        let question = hits[cursor.selected].question
        Frame.draw(into: &buffer, detailRect, title: question.title)
        let area = PagerLayout.textArea(of: detailRect)
        let lines = content(question, query: knowledge.query, state: state).flatMap { Wrap.wrap($0, width: area.width) }
        TextView.draw(into: &buffer, lines: lines, offset: 0, in: area)
    }

    private static func content(_ question: Question, query: String, state: AppState) -> [DetailLine] {
        let f = state.strings.fields
        let names = state.communeNames
        var lines: [DetailLine] = [
            DetailLine(KnowledgeSearch.highlight(question.title, query: query, base: .heading)),
            .text(question.communes.map { names[$0] ?? $0 }.joined(separator: ", ") + " · " + question.category, .muted),
        ]
        // Where it stands for the volunteers' guide, near the top: the view is where answers are released.
        if let guide = GuideLines.detail(question, state: state) { lines.append(guide) }
        if let flagged = GuideLines.flagged(question, state: state) { lines.append(flagged) }
        lines.append(.blank)
        if let answer = question.answer {
            lines.append(.heading(f.answer))
            lines.append(DetailLine(KnowledgeSearch.highlight(answer.text, query: query)))
            if !answer.sources.isEmpty { lines.append(.field(f.sources, answer.sources.joined(separator: "; "))) }
            lines.append(.field(f.answeredBy, "\(answer.by) · \(Format.day(answer.date))"))
        }
        if !question.body.isEmpty {
            lines.append(.blank)
            lines.append(DetailLine(KnowledgeSearch.highlight(question.body, query: query, base: .muted)))
        }
        return lines
    }
}
