import LotseStore

/// The lines a TOP is made of wherever it is shown (the meeting's details, the agenda
/// screen, meeting mode): a linked question and an outcome, written one way.
public enum AgendaLines {
    /// A linked question with its status glyph; `note` follows it (its communes, say).
    public static func question(_ question: Question, note: String = "", indent: Int = 0) -> DetailLine {
        let pad = String(repeating: " ", count: indent)
        var spans = [
            TextSpan(pad + StatusGlyph.of(question.status) + " ", StatusGlyph.emphasis(of: question.status)),
            TextSpan(question.title),
        ]
        if !note.isEmpty { spans.append(TextSpan("  " + note, .label)) }
        return DetailLine(spans, hangingIndent: indent + 2)
    }

    /// "◆ Beschluss: …", "▸ Maßnahme: … — owner, fällig 31.03.2017"; the measure's state
    /// where the view is about follow-up rather than the meeting itself.
    public static func outcome(_ outcome: Outcome, strings s: Strings, indent: Int = 0, showsStatus: Bool = false) -> DetailLine {
        let glyph: String
        switch outcome.kind {
        case .info: glyph = "•"
        case .decision: glyph = "◆"
        case .measure: glyph = "▸"
        case .internal: glyph = "◌"
        }
        var text = outcome.text
        if let owner = outcome.owner, !owner.isEmpty { text += " — \(owner)" }
        if let due = outcome.due { text += ", \(s.fields.due) \(Format.shortDate(due))" }
        if showsStatus, let status = outcome.status { text += " [\(s.measureStatus(status))]" }
        let pad = String(repeating: " ", count: indent)
        return DetailLine([
            TextSpan("\(pad)\(glyph) \(s.outcomeKind(outcome.kind)): ", outcome.kind == .decision ? .accent : .heading),
            TextSpan(text),
        ], hangingIndent: indent + 2)
    }
}
