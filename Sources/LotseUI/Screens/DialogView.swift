import LotseCore
import LotseStore

/// The modal dialogs, drawn centred over the screen.
enum DialogView {
    static func draw(_ dialog: Dialog, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let keys = KeyMap.hintText(in: dialog.contexts, language: state.language)
        let m = state.language.meetingScreenTexts
        let r = state.language.meetingRecordTexts
        switch dialog {
        case .confirm(let confirmation):
            let (title, body): (String, String)
            switch confirmation {
            case .delete(let question): (title, body) = (t.deleteTitle, t.deleteBody(question.title))
            case .discardForm: (title, body) = (t.discardTitle, t.discardBody)
            case .quitWithUnsavedForm: (title, body) = (t.quitTitle, t.quitBody)
            case .endMeeting: (title, body) = (m.endTitle, m.endBody)
            case .deleteItem(let id, let index):
                let item = state.meeting(id).flatMap { $0.agenda.indices.contains(index) ? $0.agenda[index].title : nil }
                (title, body) = (m.deleteItemTitle, m.deleteItemBody(item ?? ""))
            case .overwrite(let request): (title, body) = (m.overwriteTitle, m.overwriteBody(request.path))
            case .deleteCommune(let commune): (title, body) = (m.deleteCommuneTitle, m.deleteCommuneBody(commune.name))
            case .screen(let confirmation): (title, body) = (confirmation.title, confirmation.body)
            case .archiveCommune(let commune, let uses): (title, body) = (m.archiveCommuneTitle, m.archiveCommuneBody(commune.name, uses))
            case .mergeCommune(let source, let target):
                (title, body) = (m.mergeCommuneConfirmTitle(source.name), m.mergeCommuneConfirmBody(source.name, target.name))
            case .deleteOutcome(let id, let outcomeID):
                let text = state.meeting(id)?.agenda.flatMap(\.outcomes).first { $0.id == outcomeID }?.text ?? ""
                (title, body) = (r.deleteOutcomeTitle, r.deleteOutcomeBody(text))
            case .quitWithRunningTimer(let id): (title, body) = (r.quitRunningTitle, r.quitRunningBody(state.meeting(id)?.title ?? ""))
            case .startOnOtherDay(let id):
                (title, body) = (r.otherDayTitle, r.otherDayBody(state.meeting(id).map { Format.shortDate($0.start.date) } ?? ""))
            }
            box(title: title, lines: [DetailLine.text(body)], hint: keys, state: state, into: &buffer)
        case .conflict(let conflict):
            drawConflict(conflict, keys: keys, state: state, into: &buffer)
        case .assign(let id, let editor):
            let question = state.question(id)?.title ?? id
            let suggestions = AssigneeSuggestions.make(editor.text, in: state.network)
            let note = suggestions.isEmpty ? t.assignHint : t.assignHint + t.assignTabHint
            let hint = KeyMap.hintText(in: dialog.contexts, language: state.language, note: note)
            let listed: [DetailLine] = suggestions.map { .text("  " + $0, .muted) }
            let area = box(title: t.assignTitle, lines: [.text(question, .muted), .blank, .blank] + listed, hint: hint,
                           state: state, into: &buffer)
            let field = Rect(x: area.x, y: area.maxY - 1 - listed.count, width: area.width, height: 1)
            buffer.fill(field, Style(.foreground, on: .selectionInactive))
            TextFieldView.draw(editor, focused: true, into: &buffer, in: field, style: Style(.foreground, on: .selectionInactive))
        case .merge(let picker):
            drawMerge(picker, keys: keys, state: state, into: &buffer)
        case .filter(let menu):
            drawFilter(menu, keys: keys, state: state, into: &buffer)
        case .attendance(let picker):
            MeetingDialogs.drawAttendance(picker, keys: keys, state: state, into: &buffer)
        case .suggestions(let picker):
            MeetingDialogs.drawSuggestions(picker, keys: keys, state: state, into: &buffer)
        case .communeMerge(let picker):
            drawCommuneMerge(picker, state: state, into: &buffer)
        case .palette(let palette):
            drawPalette(palette, keys: keys, state: state, into: &buffer)
        case .export(let prompt):
            let hint = KeyMap.hintText(in: dialog.contexts, language: state.language, note: m.exportHint)
            let area = box(title: m.exportTitle(prompt.document), lines: [.blank], hint: hint, state: state,
                           into: &buffer, width: 96)
            let field = Rect(x: area.x, y: area.y, width: area.width, height: 1)
            buffer.fill(field, Style(.foreground, on: .selectionInactive))
            TextFieldView.draw(prompt.path, focused: true, into: &buffer, in: field, style: Style(.foreground, on: .selectionInactive))
        }
    }

    /// A framed box sized to its lines; returns the text area.
    @discardableResult
    static func box(title: String, lines: [DetailLine], hint: String, state: AppState, into buffer: inout Buffer,
                    width: Int = 70, extraHeight: Int = 0) -> Rect {
        let w = min(width, state.size.width - 4)
        let wrapped = lines.flatMap { Wrap.wrap($0, width: w - 4) }
        let h = min(wrapped.count + extraHeight + 4, state.size.height - 2)
        let frame = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height).centered(width: w, height: h)
        Frame.draw(into: &buffer, frame, title: title, focused: true)
        let area = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 3)
        TextView.draw(into: &buffer, lines: wrapped, offset: 0, in: area)
        buffer.write(DisplayWidth.truncate(hint, to: area.width), x: area.x, y: frame.maxY - 2, Style(.muted))
        return area
    }

    private static func summary(_ record: Record?, state: AppState) -> [DetailLine] {
        let t = state.language.questionTexts
        switch record {
        case nil: return [.text(t.conflictDeleted, .warning)]
        case .question(let question)?: return summary(question, state: state)
        case .meeting(let meeting)?: return Details.meetingSummary(meeting, state: state)
        case .commune(let commune)?:
            return [.text(commune.name, .heading)] + commune.coordinators.map { .text("\($0.name) — \($0.role)") }
        }
    }

    private static func summary(_ question: Question, state: AppState) -> [DetailLine] {
        let names = state.communeNames
        var lines: [DetailLine] = [
            .text(question.title, .heading),
            .text(StatusGlyph.of(question.status) + " " + state.strings.questionStatus(question.status)),
            .text(question.communes.map { names[$0] ?? $0 }.joined(separator: ", "), .muted),
            .text(question.category + (question.assignee.map { " · " + $0 } ?? ""), .muted),
        ]
        if !question.body.isEmpty { lines += [.blank, .text(question.body)] }
        if let answer = question.answer { lines += [.blank, .text("→ " + answer.text, .success)] }
        return lines
    }

    private static func drawConflict(_ conflict: Conflict, keys: String, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let w = min(110, state.size.width - 2)
        let h = min(24, state.size.height - 2)
        let frame = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height).centered(width: w, height: h)
        let title = conflict.change.writes[conflict.index].kind == .meeting ? t.conflictMeetingTitle : t.conflictTitle
        Frame.draw(into: &buffer, frame, title: title, focused: true)
        let half = (frame.width - 5) / 2
        for (index, (heading, record)) in [(t.conflictMine, conflict.mine), (t.conflictTheirs, conflict.theirs)].enumerated() {
            let x = frame.x + 2 + index * (half + 1)
            buffer.write(heading, x: x, y: frame.y + 1, Style(.accent, [.bold, .underline]), limit: x + half)
            let lines = summary(record, state: state).flatMap { Wrap.wrap($0, width: half - 1) }
            TextView.draw(into: &buffer, lines: lines, offset: 0, in: Rect(x: x, y: frame.y + 3, width: half - 1, height: frame.height - 6))
        }
        if !conflict.fields.isEmpty {
            // Field by field: which fields both sides changed; all others merge by themselves.
            let names = conflict.fields.map { state.language.messages.fieldName($0.path.first ?? "") }
            var seen = Set<String>()
            let line = t.conflictFields + ": " + names.filter { seen.insert($0).inserted }.joined(separator: ", ")
            buffer.write(DisplayWidth.truncate(line, to: frame.width - 4), x: frame.x + 2, y: frame.maxY - 3,
                         Style(.warning, [.bold]), limit: frame.maxX - 2)
        }
        buffer.write(keys, x: frame.x + 2, y: frame.maxY - 2, Style(.title, [.bold]), limit: frame.maxX - 2)
    }

    /// The command palette: what is typed, and the commands it finds with their keys.
    private static func drawPalette(_ palette: CommandPalette, keys: String, state: AppState, into buffer: inout Buffer) {
        let entries = palette.entries(strings: state.strings, userKeys: state.userKeys)
        let height = DialogLayout.mergeHeight(state.size)
        let title = state.strings.paletteTitle
        let area = box(title: title, lines: [], hint: keys, state: state, into: &buffer, width: 90, extraHeight: height - 1)
        var x = buffer.write(": " + palette.query.text, x: area.x, y: area.y, Style(.accent, [.bold]), limit: area.maxX)
        x = buffer.write("▏", x: x, y: area.y, Style(.accent))
        let list = Rect(x: area.x - 1, y: area.y + 1, width: area.width + 1, height: area.maxY - area.y - 1)
        guard !entries.isEmpty else {
            buffer.write(state.strings.noMatches, x: area.x, y: area.y + 1, Style(.muted), limit: area.maxX)
            return
        }
        let keyWidth = min(16, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
        ListView.draw(into: &buffer, count: entries.count, cursor: palette.selection.cursor, in: list, focused: true) { index in
            let entry = entries[index]
            return ListRow([TextSpan(DisplayWidth.pad(DisplayWidth.truncate(entry.keys, to: keyWidth - 2), to: keyWidth), .accent),
                            TextSpan(entry.text)])
        }
    }

    private static func drawMerge(_ picker: MergePicker, keys: String, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let candidates = state.candidates(for: picker)
        let height = DialogLayout.mergeHeight(state.size)
        let area = box(title: t.mergeTitle, lines: [.text(t.mergeBody(picker.source.title), .muted)], hint: keys,
                       state: state, into: &buffer, width: 90, extraHeight: height - 2)
        let filterY = area.y + area.height - (height - 2)
        var x = buffer.write("/ " + picker.filter.text, x: area.x, y: filterY, Style(.accent, [.bold]), limit: area.maxX)
        x = buffer.write("▏", x: x, y: filterY, Style(.accent))
        let list = Rect(x: area.x - 1, y: filterY + 1, width: area.width + 1, height: area.maxY - filterY - 1)
        ListView.draw(into: &buffer, count: candidates.count, cursor: picker.selection.cursor, in: list, focused: true) { index in
            let question = candidates[index]
            return ListRow([TextSpan(StatusGlyph.of(question.status) + " ", StatusGlyph.emphasis(of: question.status)), TextSpan(question.title)],
                           trailing: TextSpan(question.communes.count > 1 ? "\(question.communes.count)×" : "", .accent))
        }
    }

    private static func drawFilter(_ menu: FilterMenu, keys: String, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let s = state.strings
        let query = state.home.query
        let area = box(title: t.filterTitle, lines: Array(repeating: .blank, count: FilterMenu.Row.allCases.count + 1),
                       hint: keys, state: state, into: &buffer, width: 74)
        for (index, row) in FilterMenu.Row.allCases.enumerated() {
            let y = area.y + index + (index >= 5 ? 1 : 0)
            let selected = row == menu.row
            let base = selected ? Style(.foreground, on: .selection, [.bold]) : Style(.foreground)
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), base)
            var text: String
            if let status = FilterMenu.status(of: row) {
                let on = query.statuses.isEmpty || query.statuses.contains(status)
                text = "\(on ? "[x]" : "[ ]") \(StatusGlyph.of(status)) \(s.questionStatus(status))"
            } else {
                switch row {
                case .category: text = "\(DisplayWidth.pad(t.category, to: 14))◂ \(query.category ?? t.all) ▸"
                case .tag: text = "\(DisplayWidth.pad(t.tags, to: 14))"
                case .assignee: text = "\(DisplayWidth.pad(t.assignee, to: 14))"
                case .sort: text = "\(DisplayWidth.pad(t.sort, to: 14))◂ \(t.sortName(query.sort)) ▸"
                default: text = ""
                }
            }
            let x = buffer.write(text, x: area.x + 1, y: y, base, limit: area.maxX)
            if row == .tag || row == .assignee {
                let editor = row == .tag ? menu.tag : menu.assignee
                TextFieldView.draw(editor, focused: selected, into: &buffer, in: Rect(x: x, y: y, width: area.maxX - x, height: 1), style: base)
            }
        }
    }
}
