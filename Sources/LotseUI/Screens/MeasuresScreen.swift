import LotseCore
import LotseStore

/// The measures of all meetings: what is due when, by whom; overdue ones marked with a
/// word as well as colour.
enum MeasuresScreen {
    static func draw(_ measures: MeasuresState, state: AppState, into buffer: inout Buffer) {
        let t = state.language.meetingScreenTexts
        let s = state.strings
        let frame = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        let rows = state.measureRows(all: measures.all)
        let scope = measures.all ? t.allShown : t.openOnly
        Frame.draw(into: &buffer, frame, title: "\(t.measuresTitle) (\(scope))", focused: true,
                   footer: rows.isEmpty ? nil : "\(measures.selection.index + 1)/\(rows.count)")
        let area = PagerLayout.textArea(of: frame)
        guard !rows.isEmpty else {
            let anyMeasure = !state.measureRows(all: true).isEmpty
            buffer.write(anyMeasure ? t.noOpenMeasures : t.noMeasures, x: area.x, y: area.y, Style(.muted), limit: area.maxX)
            return
        }
        let ownerWidth = min(20, max(12, area.width / 6))
        let stateWidth = 14
        // Narrow terminals drop the meeting's date: the measure's text matters more.
        let meetingWidth = area.width >= 100 ? 11 : 0
        let textWidth = max(10, area.width - 12 - ownerWidth - stateWidth - meetingWidth - 2)
        func columns(_ due: String, _ owner: String, _ text: String, _ status: String, _ meeting: String) -> String {
            DisplayWidth.pad(due, to: 12) + DisplayWidth.pad(DisplayWidth.truncate(owner, to: ownerWidth - 1), to: ownerWidth)
                + DisplayWidth.pad(DisplayWidth.truncate(text, to: textWidth - 1), to: textWidth)
                + DisplayWidth.pad(status, to: stateWidth) + (meetingWidth > 0 ? meeting : "")
        }
        buffer.write(columns(t.dueColumn, t.ownerColumn, t.measureColumn, t.statusColumn, t.meetingColumn),
                     x: area.x + 1, y: area.y, Style(.accent, [.bold]), limit: area.maxX)
        ListView.draw(into: &buffer, count: rows.count, cursor: measures.selection.cursor,
                      in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), focused: true) { index in
            let row = rows[index]
            let due = row.due.map(Format.shortDate) ?? "—"
            let status = row.isOverdue ? "⚠ " + t.overdue : (row.status == .open ? "○ " : row.status == .done ? "✓ " : "✗ ") + s.measureStatus(row.status)
            let text = columns(due, row.owner, row.text, status, Format.shortDate(row.meetingDate))
            return ListRow([TextSpan(text, row.isOverdue ? .warning : row.status == .open ? .plain : .muted)])
        }
    }
}
