import LotseCore
import LotseStore

/// The question form and the answer form, full screen: the fields on top, and below
/// them whatever helps with the focused field (the commune or category list, or the
/// similar questions), plus the privacy warning.
enum FormScreen {
    static let labelWidth = 14

    static func draw(_ form: Form, state: AppState, into buffer: inout Buffer) {
        let frame = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        switch form {
        case .question(let form): drawQuestion(form, state, frame, into: &buffer)
        case .answer(let form): drawAnswer(form, state, frame, into: &buffer)
        case .fields(let form): drawBox(form, state: state, into: &buffer)
        }
    }

    /// A form of labelled fields, in a box as tall as its fields over the screen it was
    /// opened from.
    static func drawBox(_ form: FieldForm, state: AppState, into buffer: inout Buffer) {
        let screen = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        let problems = state.problems(of: form)
        let height = FieldFormView.height(form, problems: problems, listRows: max(3, screen.height - form.fields.count - 6))
        let frame = screen.centered(width: 78, height: height + 2)
        buffer.fill(frame, Style(.foreground))
        Frame.draw(into: &buffer, frame, title: FieldFormView.title(form, state: state), focused: true)
        FieldFormView.draw(form, problems: problems, state: state, into: &buffer, in: PagerLayout.textArea(of: frame))
    }

    private static func label(_ text: String, focused: Bool, y: Int, x: Int, into buffer: inout Buffer) {
        buffer.write(DisplayWidth.pad(text, to: labelWidth), x: x, y: y, focused ? Style(.accent, [.bold]) : Style(.muted))
    }

    private static func problem(_ text: String?, x: Int, y: Int, limit: Int, into buffer: inout Buffer) -> Int {
        guard let text else { return 0 }
        buffer.write("✗ " + DisplayWidth.truncate(text, to: limit - x - 2), x: x, y: y, Style(.error, [.bold]), limit: limit)
        return 1
    }

    private static func drawQuestion(_ form: QuestionForm, _ state: AppState, _ frame: Rect, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let title = form.saving ? t.saving : (form.base == nil ? t.newQuestion : t.editQuestion)
        Frame.draw(into: &buffer, frame, title: title, focused: true)
        let area = PagerLayout.textArea(of: frame)
        let valueX = area.x + labelWidth
        let view = state.view(of: form)
        let problems = view.problems
        func message(_ field: QuestionForm.Field) -> String? {
            switch problems[field] {
            case .titleRequired?: return t.titleRequired
            case .communeRequired?: return t.communeRequired
            case .unknownCategory(let name)?: return t.unknownCategory(name)
            case nil: return nil
            }
        }
        var y = area.y
        let names = state.communeNames
        let singleLines: [(QuestionForm.Field, String)] = [(.title, t.title), (.communes, t.communes), (.category, t.category),
                                                           (.tags, t.tags), (.assignee, t.assignee)]
        for (field, name) in singleLines {
            let focused = form.field == field
            label(name, focused: focused, y: y, x: area.x, into: &buffer)
            let value = Rect(x: valueX, y: y, width: area.maxX - valueX, height: 1)
            switch field {
            case .communes:
                let text = form.communes.map { names[$0] ?? $0 }.joined(separator: ", ")
                let hint = focused ? "   " + KeyMap.hintText(in: [.choiceField], language: state.language, note: t.communesHint) : ""
                let x = buffer.write(DisplayWidth.truncate(text, to: value.width), x: value.x, y: y, Style(.foreground), limit: value.maxX)
                buffer.write(hint, x: x, y: y, Style(.muted), limit: value.maxX)
            case .category:
                let category = form.category.isEmpty ? t.noCategory : form.category
                let x = buffer.write(DisplayWidth.truncate(category, to: value.width), x: value.x, y: y,
                                     form.category.isEmpty ? Style(.muted) : Style(.foreground), limit: value.maxX)
                if focused {
                    buffer.write("   " + KeyMap.hintText(in: [.listField], language: state.language), x: x, y: y, Style(.muted), limit: value.maxX)
                }
            case .title, .tags, .assignee:
                let editor = field == .title ? form.title : field == .tags ? form.tags : form.assignee
                buffer.fill(value, Style(.foreground, on: focused ? .selectionInactive : .background))
                TextFieldView.draw(editor, focused: focused, into: &buffer, in: value,
                                   style: Style(.foreground, on: focused ? .selectionInactive : .background))
                if field == .tags && editor.text.isEmpty && !focused {
                    buffer.write(t.tagsHint, x: value.x, y: y, Style(.muted), limit: value.maxX)
                }
            case .body: break
            }
            y += 1
            y += problem(message(field), x: valueX, y: y, limit: area.maxX, into: &buffer)
        }
        // The body: a block of wrapped text.
        y += 1
        label(t.body, focused: form.field == .body, y: y, x: area.x, into: &buffer)
        y += 1
        let helperHeight = max(5, area.height / 3)
        let privacy = view.privacy
        let privacyLines = privacy.isEmpty ? [] : Wrap.lines(t.privacy(privacy), width: area.width)
        let bodyHeight = max(3, area.maxY - y - helperHeight - privacyLines.count - 1)
        let bodyRect = Rect(x: area.x, y: y, width: area.width, height: bodyHeight)
        buffer.fill(bodyRect, Style(.foreground, on: form.field == .body ? .selectionInactive : .background))
        TextFieldView.draw(form.body, focused: form.field == .body, into: &buffer, in: bodyRect,
                           style: Style(.foreground, on: form.field == .body ? .selectionInactive : .background))
        y += bodyHeight
        for line in privacyLines {
            buffer.write(line, x: area.x, y: y, Style(.warning, [.bold]), limit: area.maxX)
            y += 1
        }
        let helper = Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1)
        switch form.field {
        case .communes: drawCommunePicker(form, state, helper, into: &buffer)
        case .category: drawCategoryPicker(form, state, helper, into: &buffer)
        default: drawSimilar(form, view.similar, state, helper, into: &buffer)
        }
    }

    private static func rule(_ title: String, in rect: Rect, into buffer: inout Buffer) {
        let text = "─ \(title) "
        buffer.write(text + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(text))),
                     x: rect.x, y: rect.y, Style(.border), limit: rect.maxX)
    }

    private static func drawCommunePicker(_ form: QuestionForm, _ state: AppState, _ rect: Rect, into buffer: inout Buffer) {
        guard rect.height > 1 else { return }
        rule(state.language.questionTexts.communes, in: rect, into: &buffer)
        let communes = state.communesByName
        let rows = communes.map { commune in
            ListRow([TextSpan(form.communes.contains(commune.id) ? "[x] " : "[ ] ", .accent), TextSpan(commune.name)])
        }
        let list = Rect(x: rect.x - 1, y: rect.y + 1, width: rect.width + 1, height: rect.height - 1)
        var cursor = ListCursor(selected: form.pickerRow)
        cursor.clamp(count: rows.count, visible: list.height)
        ListView.draw(into: &buffer, rows: rows, cursor: cursor, in: list, focused: true)
    }

    private static func drawCategoryPicker(_ form: QuestionForm, _ state: AppState, _ rect: Rect, into buffer: inout Buffer) {
        guard rect.height > 1 else { return }
        rule(state.language.questionTexts.category, in: rect, into: &buffer)
        let categories = QuestionForm.categoryChoices(state.network.manifest.categories)
        let none = state.language.questionTexts.noCategory
        let rows = categories.map { ListRow([TextSpan($0 == form.category ? "● " : "  ", .accent), TextSpan($0.isEmpty ? none : $0)]) }
        let list = Rect(x: rect.x - 1, y: rect.y + 1, width: rect.width + 1, height: rect.height - 1)
        var cursor = ListCursor(selected: categories.firstIndex(of: form.category) ?? 0)
        cursor.clamp(count: rows.count, visible: list.height)
        ListView.draw(into: &buffer, rows: rows, cursor: cursor, in: list, focused: true)
    }

    private static func drawSimilar(_ form: QuestionForm, _ similar: [Question], _ state: AppState, _ rect: Rect,
                                    into buffer: inout Buffer) {
        guard rect.height > 1 else { return }
        let t = state.language.questionTexts
        rule(t.similarTitle, in: rect, into: &buffer)
        if similar.isEmpty {
            if !form.title.text.isEmpty {
                buffer.write(t.noSimilar, x: rect.x, y: rect.y + 1, Style(.muted), limit: rect.maxX)
            }
            return
        }
        let names = state.communeNames
        var y = rect.y + 1
        if form.base == nil, rect.height > 3 {
            buffer.write(DisplayWidth.truncate(t.similarKeys, to: rect.width), x: rect.x, y: rect.maxY - 1, Style(.muted), limit: rect.maxX)
        }
        for question in similar where y < rect.maxY - (form.base == nil ? 1 : 0) {
            let communes = question.communes.map { names[$0] ?? $0 }.joined(separator: ", ")
            var x = buffer.write(StatusGlyph.of(question.status) + " ", x: rect.x, y: y,
                                 StatusGlyph.emphasis(of: question.status).style, limit: rect.maxX)
            x = buffer.write(DisplayWidth.truncate(question.title, to: rect.maxX - x - 2), x: x, y: y, Style(.foreground), limit: rect.maxX)
            buffer.write("  " + communes, x: x, y: y, Style(.muted), limit: rect.maxX)
            y += 1
            if let answer = question.answer, y < rect.maxY {
                buffer.write("  → " + DisplayWidth.truncate(answer.text, to: rect.width - 4), x: rect.x, y: y, Style(.success), limit: rect.maxX)
                y += 1
            }
        }
    }

    private static func drawAnswer(_ form: AnswerForm, _ state: AppState, _ frame: Rect, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        Frame.draw(into: &buffer, frame, title: form.saving ? t.saving : "\(t.answerTitle): \(form.base.title)", focused: true)
        let area = PagerLayout.textArea(of: frame)
        var y = area.y
        for line in Wrap.lines(form.base.body, width: area.width).prefix(4) {
            buffer.write(line, x: area.x, y: y, Style(.muted))
            y += 1
        }
        y += 1
        label(t.answer, focused: form.field == 0, y: y, x: area.x, into: &buffer)
        y += 1
        y += problem(form.showProblems && !form.isValid ? t.answerRequired : nil, x: area.x, y: y, limit: area.maxX, into: &buffer)
        let textRect = Rect(x: area.x, y: y, width: area.width, height: max(3, area.maxY - y - 3))
        let background: Role = form.field == 0 ? .selectionInactive : .background
        buffer.fill(textRect, Style(.foreground, on: background))
        TextFieldView.draw(form.text, focused: form.field == 0, into: &buffer, in: textRect, style: Style(.foreground, on: background))
        y = textRect.maxY + 1
        label(t.sources, focused: form.field == 1, y: y, x: area.x, into: &buffer)
        let sources = Rect(x: area.x + labelWidth, y: y, width: area.width - labelWidth, height: 1)
        let sourceBackground: Role = form.field == 1 ? .selectionInactive : .background
        buffer.fill(sources, Style(.foreground, on: sourceBackground))
        TextFieldView.draw(form.sources, focused: form.field == 1, into: &buffer, in: sources, style: Style(.foreground, on: sourceBackground))
        if form.sources.text.isEmpty && form.field != 1 {
            buffer.write(t.sourcesHint, x: sources.x, y: y, Style(.muted), limit: sources.maxX)
        }
    }
}
