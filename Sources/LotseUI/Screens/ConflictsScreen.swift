import LotseCore
import LotseStore

/// The sync conflicts: a list of the records and fields, and the selected one's two
/// values in full below it, so the choice is made seeing both.
enum ConflictsScreen {
    static func draw(_ conflicts: ConflictsState, state: AppState, into buffer: inout Buffer) {
        let frame = ListScreenLayout.frame(state.size)
        let all = state.network.syncConflicts
        let t = state.language.syncMessages
        Frame.draw(into: &buffer, frame, title: t.conflictsTitle, focused: true,
                   footer: all.isEmpty ? nil : "\(conflicts.selection.index + 1)/\(all.count)")
        let area = frame.inner
        guard !all.isEmpty else {
            for (offset, line) in Wrap.lines(t.noConflicts, width: area.width - 2).prefix(area.height).enumerated() {
                buffer.write(line, x: area.x + 1, y: area.y + offset, Style(.muted), limit: area.maxX)
            }
            return
        }
        let messages = state.language.messages
        let listRect = Rect(x: area.x, y: area.y, width: area.width, height: ConflictsState.rows(state.size))
        ListView.draw(into: &buffer, count: all.count, cursor: conflicts.selection.cursor, in: listRect, focused: true) { index in
            let conflict = all[index]
            let record = ConflictLabel.record(conflict, in: state.network) ?? t.recordGone
            return ListRow([TextSpan(record)], trailing: TextSpan(ConflictLabel.field(conflict.path, messages: messages), .muted))
        }
        // Below the list: the selected conflict's two values, wrapped, and what the keys do.
        let divider = listRect.maxY
        guard divider < area.maxY, let selected = all.first(where: { $0.id == conflicts.selection.id }) ?? all.first else { return }
        buffer.write("├" + String(repeating: "─", count: area.width) + "┤", x: frame.x, y: divider, Style(.border))
        let labelWidth = max(DisplayWidth.of(t.keptLabel), DisplayWidth.of(t.otherLabel)) + 2
        let valueWidth = max(1, area.width - labelWidth - 2)
        var y = divider + 1
        let bottom = area.maxY - 1
        let sides = [(t.keptLabel, selected.kept, Role.foreground, ConflictLabel.origin(by: selected.keptBy, at: selected.keptAt, timeZone: state.timeZone)),
                     (t.otherLabel, selected.other, Role.warning, ConflictLabel.origin(by: selected.otherBy, at: selected.otherAt, timeZone: state.timeZone))]
        for (label, value, role, origin) in sides {
            let text = value.map { ConflictValue.text($0) } ?? t.absent
            // Who set it and when first, then the value.
            let lines = (origin.map { [(DisplayWidth.truncate($0, to: valueWidth), Role.muted)] } ?? [])
                + Wrap.lines(TerminalSafe.visible(text), width: valueWidth).map { ($0, role) }
            buffer.write(label + ":", x: area.x + 1, y: y, Style(.muted), limit: area.maxX)
            let room = max(1, (bottom - (divider + 1)) / 2)
            for (offset, (line, style)) in lines.prefix(room).enumerated() where y + offset < bottom {
                buffer.write(line, x: area.x + 1 + labelWidth, y: y + offset, Style(style), limit: area.maxX)
            }
            y += min(max(1, lines.count), room)
        }
        if bottom > divider + 1 {
            buffer.write(DisplayWidth.truncate(t.conflictKeys, to: area.width - 2), x: area.x + 1, y: bottom, Style(.muted), limit: area.maxX)
        }
    }
}
