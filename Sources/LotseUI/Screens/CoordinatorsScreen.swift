import LotseCore

/// A commune's coordinators, one row each: name, role, phone, e-mail.
enum CoordinatorsScreen {
    static func draw(_ coordinators: CoordinatorsState, state: AppState, into buffer: inout Buffer) {
        let frame = ListScreenLayout.frame(state.size)
        let commune = coordinators.commune(in: state)
        let people = commune?.coordinators ?? []
        let t = state.language.meetingScreenTexts
        Frame.draw(into: &buffer, frame, title: t.coordinatorsTitle(commune?.name ?? coordinators.communeID), focused: true,
                   footer: people.isEmpty ? nil : "\(coordinators.selection.index + 1)/\(people.count)")
        let area = frame.inner
        guard !people.isEmpty else {
            buffer.write(t.noCoordinators, x: area.x + 1, y: area.y, Style(.muted), limit: area.maxX)
            return
        }
        // Names in one column, as wide as the longest up to half the screen.
        let nameWidth = min(people.map { DisplayWidth.of($0.name) }.max() ?? 0, area.width / 2)
        ListView.draw(into: &buffer, count: people.count, cursor: coordinators.selection.cursor, in: area, focused: true) { index in
            let person = people[index]
            let guide = person.isPublic ? state.language.guideTexts.field + ": " + state.language.guideTexts.withName : ""
            let contact = [person.role, person.phone, person.email, guide].filter { !$0.isEmpty }.joined(separator: " · ")
            return ListRow([TextSpan(DisplayWidth.pad(person.name, to: nameWidth)), TextSpan("  " + contact, .muted)])
        }
    }
}
