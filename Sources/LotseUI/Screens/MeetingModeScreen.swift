import LotseCore
import LotseStore

/// The meeting on the projector: the current TOP large in a frame, the timer under it
/// (in block digits when there is room), the meeting's time against the plan and the
/// next TOPs. Bold and plain text only, no dim grey: a projector washes out anything faint.
enum MeetingModeScreen {
    static func draw(_ mode: MeetingModeState, capture: Form?, state: AppState, into buffer: inout Buffer) {
        let size = state.size
        guard let meeting = state.meeting(mode.meetingID) else { return }
        let model = MeetingModeModel(meeting: meeting, showInternal: mode.showInternal, selectedOutcome: mode.outcome, state: state)
        let margin = size.width >= 100 ? 4 : 2
        let big = size.height >= 30 && size.width >= 80
        drawBar(model, showInternal: mode.showInternal, state: state, into: &buffer)

        // From the bottom up: attendance, next TOPs, meeting total, timer.
        let upcoming = Array(model.upcoming.prefix(big ? 3 : 1))
        let timerHeight = model.phase == .finished ? 0 : (big ? BigDigits.height + 1 : 1) + 1
        let footerHeight = timerHeight + 1 + upcoming.count + (model.attendance == nil ? 0 : 1)
        let content = Rect(x: margin, y: 2, width: size.width - 2 * margin, height: size.height - 3 - footerHeight - 1)
        drawItem(model, state: state, into: &buffer, in: content)

        var y = content.maxY + 1
        if model.phase != .finished {
            y = drawTimer(model, big: big, x: margin, y: y, width: content.width, into: &buffer)
        }
        buffer.write(model.total, x: margin, y: y, Style(.foreground, [.bold]), limit: margin + content.width)
        y += 1
        let t = state.language.meetingScreenTexts
        let label = t.next + ": "
        for (index, line) in upcoming.enumerated() {
            let x = buffer.write(index == 0 ? label : String(repeating: " ", count: DisplayWidth.of(label)), x: margin, y: y,
                                 Style(.accent, [.bold]))
            buffer.write(DisplayWidth.truncate(line, to: margin + content.width - x), x: x, y: y, Style(.foreground), limit: margin + content.width)
            y += 1
        }
        if let attendance = model.attendance {
            buffer.write(attendance, x: margin, y: y, Style(.foreground), limit: margin + content.width)
        }
        if case .fields(let form)? = capture { drawCapture(form, state: state, bottom: content.maxY, into: &buffer) }
    }

    private static func drawBar(_ model: MeetingModeModel, showInternal: Bool, state: AppState, into buffer: inout Buffer) {
        let bar = Style(.foreground, on: .statusBar)
        let rect = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        buffer.fill(rect, bar)
        let phaseRole: Role = model.phase == .running ? .success : model.phase == .paused ? .warning : .foreground
        var right = model.phaseText + " "
        if showInternal { right = "[\(state.language.meetingScreenTexts.internalShown)] " + right }
        let rightX = rect.maxX - DisplayWidth.of(right)
        var x = buffer.write(" " + model.title, x: 0, y: 0, Style(.title, on: .statusBar, [.bold]), limit: rightX - 1)
        x = buffer.write(" · " + model.subtitle, x: x, y: 0, bar, limit: rightX - 1)
        buffer.write(right, x: rightX, y: 0, Style(phaseRole, on: .statusBar, [.bold]))
    }

    private static func drawItem(_ model: MeetingModeModel, state: AppState, into buffer: inout Buffer, in rect: Rect) {
        guard rect.height >= 3 else { return }
        Frame.draw(into: &buffer, rect, title: model.position ?? "", focused: true)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        var y = inner.y
        if !model.itemTitle.isEmpty {
            // The title as large as a terminal allows: bold, underlined, with air around it.
            for line in Wrap.lines(model.itemTitle, width: inner.width).prefix(2) {
                buffer.write(line, x: inner.x, y: y, Style(.accent, [.bold, .underline]), limit: inner.maxX)
                y += 1
            }
            y += 1
        }
        let lines = model.body.flatMap { Wrap.wrap($0, width: inner.width) }
        let room = max(0, inner.maxY - y)
        TextView.draw(into: &buffer, lines: Array(lines.prefix(room)), offset: 0, in: Rect(x: inner.x, y: y, width: inner.width, height: room))
        if lines.count > room, room > 0 {
            buffer.write("…", x: inner.maxX - 1, y: inner.maxY - 1, Style(.foreground, [.bold]))
        }
    }

    /// The TOP's timer; returns the next free line.
    private static func drawTimer(_ model: MeetingModeModel, big: Bool, x: Int, y: Int, width: Int, into buffer: inout Buffer) -> Int {
        let role: Role = model.overTime != nil ? .error : model.phase == .running ? .success : .foreground
        let status = model.overTime ?? model.left ?? ""
        let statusStyle = model.overTime != nil ? Style(.error, [.bold, .reverse]) : Style(.foreground, [.bold])
        guard big else {
            var column = buffer.write("⏱ \(model.elapsed) / \(model.planned)", x: x, y: y, Style(role, [.bold]))
            column = buffer.write("   " + model.phaseText, x: column, y: y, Style(.foreground, [.bold]), limit: x + width)
            buffer.write("   ", x: column, y: y, Style(.foreground), limit: x + width)
            buffer.write(status, x: column + 3, y: y, statusStyle, limit: x + width)
            return y + 2
        }
        let digits = BigDigits.lines(model.elapsed)
        for (row, line) in digits.enumerated() {
            buffer.write(line, x: x, y: y + row, Style(role, [.bold]))
        }
        let column = x + BigDigits.width(model.elapsed) + 3
        buffer.write("/ \(model.planned)", x: column, y: y, Style(.foreground, [.bold]), limit: x + width)
        buffer.write(model.phaseText, x: column, y: y + 1, Style(.foreground, [.bold]), limit: x + width)
        buffer.write(status, x: column, y: y + 2, statusStyle, limit: x + width)
        return y + BigDigits.height + 1
    }

    /// The note, decision or measure being typed, in a box over the lower part of the
    /// TOP, so that the timer stays in sight.
    private static func drawCapture(_ form: FieldForm, state: AppState, bottom: Int, into buffer: inout Buffer) {
        let size = state.size
        let problems = state.problems(of: form)
        let height = form.fields.count + problems.count + 4
        let width = min(100, size.width - 4)
        let rect = Rect(x: (size.width - width) / 2, y: max(1, bottom - 1 - height), width: width, height: height)
        Frame.draw(into: &buffer, rect, title: FieldFormView.title(form, state: state), focused: true)
        let area = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 3)
        FieldFormView.draw(form, problems: problems, state: state, into: &buffer, in: area)
        buffer.write(KeyMap.hintText(in: [.form], language: state.language), x: area.x, y: rect.maxY - 2, Style(.foreground), limit: area.maxX)
    }
}
