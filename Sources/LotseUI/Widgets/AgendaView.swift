import LotseCore
import LotseStore

/// The agenda of a meeting inside the meetings panel: one line per TOP with its planned
/// minutes, and the total with the projected end.
enum AgendaView {
    static func draw(_ meeting: Meeting, strings: Strings, into buffer: inout Buffer, in rect: Rect) {
        guard rect.height >= 2 else { return }
        let rule = "─ \(strings.agenda) "
        buffer.write(rule + String(repeating: "─", count: max(0, rect.width - 2 - DisplayWidth.of(rule))),
                     x: rect.x + 1, y: rect.y, Style(.border), limit: rect.maxX - 1)
        let end = meeting.start.adding(minutes: meeting.plannedMinutes)
        let total = "Σ \(meeting.plannedMinutes) \(strings.minutesShort) · \(Format.time(meeting.start.hour, meeting.start.minute))–\(Format.time(end.hour, end.minute))"
        let itemRows = rect.height - 2
        let items = meeting.agenda
        let shown = items.count > itemRows ? max(0, itemRows - 1) : items.count
        for (line, item) in items.prefix(shown).enumerated() {
            let y = rect.y + 1 + line
            let minutes = "\(item.plannedMinutes)′"
            let number = DisplayWidth.pad("\(item.number)", to: 3)
            let x = buffer.write(number, x: rect.x + 1, y: y, Style(.accent), limit: rect.maxX - 1)
            let titleWidth = rect.maxX - 2 - x - DisplayWidth.of(minutes) - 1
            buffer.write(DisplayWidth.truncate(item.title, to: titleWidth), x: x, y: y, Style(.foreground), limit: rect.maxX - 1)
            buffer.write(minutes, x: rect.maxX - 1 - DisplayWidth.of(minutes), y: y, Style(.muted), limit: rect.maxX - 1)
        }
        if shown < items.count {
            let more = strings.moreItems(items.count - shown)
            buffer.write(more, x: rect.x + 4, y: rect.y + 1 + shown, Style(.muted), limit: rect.maxX - 1)
        }
        buffer.write(DisplayWidth.truncate(total, to: rect.width - 2), x: rect.x + 1, y: rect.maxY - 1, Style(.muted), limit: rect.maxX - 1)
    }
}
