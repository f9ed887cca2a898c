import LotseStore

/// Keys in the modal dialogs: confirmations, the save conflict, the assignee prompt, the
/// merge picker and the filter menu.
extension Reducer {
    static func dialogKey(_ key: Key, in state: inout AppState) -> [Effect] {
        guard let dialog = state.dialog else { return [] }
        switch dialog {
        case .confirm(let confirmation):
            return confirm(confirmation, key: key, in: &state)
        case .conflict(let conflict):
            return resolve(conflict, key: key, in: &state)
        case .assign(let id, var editor):
            switch key {
            case .escape: state.dialog = nil
            case .enter:
                state.dialog = nil
                guard let question = state.question(id) else { return [] }
                var changed = question
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                changed.assignee = text.isEmpty ? nil : text
                guard changed != question else { return [] }
                changed.updated = state.now
                return [.apply(Change(.assign, writes: [.init(id: id, new: changed, base: question)]))]
            default:
                editor.handle(key)
                state.dialog = .assign(questionID: id, editor: editor)
            }
        case .merge(var picker):
            let candidates = picker.candidates(in: state.network)
            switch key {
            case .escape: state.dialog = nil
            case .up: picker.cursor = max(0, picker.cursor - 1)
            case .down: picker.cursor = min(max(0, candidates.count - 1), picker.cursor + 1)
            case .enter:
                state.dialog = nil
                guard candidates.indices.contains(picker.cursor), let source = state.question(picker.source.id) else { return [] }
                return [.apply(mergeChange(source, into: candidates[picker.cursor], now: state.now))]
            default:
                if picker.filter.handle(key) { picker.cursor = 0 }
            }
            if case .merge = state.dialog ?? .confirm(.discardForm) { state.dialog = .merge(picker) }
        case .filter(var menu):
            filterMenuKey(key, menu: &menu, in: &state)
            if state.dialog != nil { state.dialog = .filter(menu) }
        case .attendance(var picker):
            return attendanceKey(key, picker: &picker, in: &state)
        case .suggestions(var picker):
            return suggestionKey(key, picker: &picker, in: &state)
        case .export(var prompt):
            switch key {
            case .escape: state.dialog = nil
            case .enter:
                state.dialog = nil
                let path = prompt.path.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty, let meeting = state.meeting(prompt.meetingID) else { return [] }
                return [.export(ExportRequest(path: path, text: exportText(prompt.document, of: meeting, state: state)))]
            default:
                prompt.path.handle(key)
                state.dialog = .export(prompt)
            }
        }
        return []
    }

    private static func confirm(_ confirmation: Confirmation, key: Key, in state: inout AppState) -> [Effect] {
        switch KeyMap.command(for: key, in: [.dialog]) {
        case .confirm:
            state.dialog = nil
            switch confirmation {
            case .delete(let question):
                return [.apply(Change(.delete, writes: [.init(id: question.id, new: nil, base: question)]))]
            case .discardForm:
                closeForm(in: &state)
            case .quitWithUnsavedForm(let interrupted):
                return [interrupted ? .quitInterrupted : .quit]
            case .endMeeting(let id):
                guard let meeting = state.meeting(id) else { return [] }
                return [.apply(.meeting(.ended, MeetingClock.end(meeting, now: state.now), base: meeting))]
            case .deleteItem(let id, let index):
                guard let meeting = state.meeting(id) else { return [] }
                return [.apply(.meeting(.agenda, deletingItem(index, from: meeting), base: meeting))]
            case .overwrite(var request):
                request.overwrite = true
                return [.export(request)]
            }
        case .cancel:
            state.dialog = nil
        default:
            break
        }
        return []
    }

    private static func resolve(_ conflict: Conflict, key: Key, in state: inout AppState) -> [Effect] {
        switch KeyMap.command(for: key, in: [.dialog]) {
        case .keepMine:
            // Write mine over theirs: the rest of the change, now expecting their version.
            state.dialog = nil
            var writes = Array(conflict.change.writes[conflict.index...])
            writes[0].base = conflict.current
            setSaving(true, in: &state)
            return [.apply(Change(conflict.change.kind, writes: writes, isUndo: conflict.change.isUndo))]
        case .takeTheirs:
            state.dialog = nil
            put(conflict.current, for: conflict.change.writes[conflict.index], in: &state)
            if state.form != nil { closeForm(in: &state) }
            state.notice = .keptTheirs
        case .cancel:
            state.dialog = nil
        default:
            break
        }
        return []
    }

    private static func suggestionKey(_ key: Key, picker: inout SuggestionPicker, in state: inout AppState) -> [Effect] {
        guard let meeting = state.meeting(picker.meetingID) else {
            state.dialog = nil
            return []
        }
        let suggestions = state.suggestions(for: meeting)
        switch key {
        case .escape: state.dialog = nil
        case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1)
        case .down, .character("j"): picker.cursor = min(max(0, suggestions.count - 1), picker.cursor + 1)
        case .pageDown: picker.cursor = min(max(0, suggestions.count - 1), picker.cursor + 10)
        case .pageUp: picker.cursor = max(0, picker.cursor - 10)
        case .enter:
            guard suggestions.indices.contains(picker.cursor) else { return [] }
            // The picker stays open: a meeting is usually prepared several items at a time.
            state.dialog = .suggestions(picker)
            return [.apply(.meeting(.agenda, take(suggestions[picker.cursor], into: meeting, state: state), base: meeting))]
        default: break
        }
        if state.dialog != nil { state.dialog = .suggestions(picker) }
        return []
    }

    static func exportText(_ document: ExportPrompt.Document, of meeting: Meeting, state: AppState) -> String {
        switch document {
        case .minutes: return MeetingExport.minutes(meeting, in: state.network, language: state.language)
        case .agenda: return MeetingExport.agenda(meeting, in: state.network, language: state.language)
        }
    }

    private static func filterMenuKey(_ key: Key, menu: inout FilterMenu, in state: inout AppState) {
        let rows = FilterMenu.Row.allCases
        let categories: [String?] = [nil] + state.network.manifest.categories.map(Optional.some)
        func cycle<T: Equatable>(_ values: [T], _ current: T, _ delta: Int) -> T {
            let index = values.firstIndex(of: current) ?? 0
            return values[(index + delta + values.count) % values.count]
        }
        switch key {
        case .escape, .enter:
            state.dialog = nil
            return
        case .up, .backTab: menu.row = rows[max(0, menu.row.rawValue - 1)]
        case .down, .tab: menu.row = rows[min(rows.count - 1, menu.row.rawValue + 1)]
        case .left, .right:
            let delta = key == .right ? 1 : -1
            if menu.row == .category { state.query.category = cycle(categories, state.query.category, delta) }
            if menu.row == .sort { state.query.sort = cycle(QuestionQuery.Sort.allCases, state.query.sort, delta) }
        case .character(" ") where FilterMenu.status(of: menu.row) != nil:
            if let status = FilterMenu.status(of: menu.row) {
                if state.query.statuses.contains(status) { state.query.statuses.remove(status) } else { state.query.statuses.insert(status) }
            }
        default:
            if menu.row == .tag, menu.tag.handle(key) {
                state.query.tag = menu.tag.text.isEmpty ? nil : menu.tag.text
            } else if menu.row == .assignee, menu.assignee.handle(key) {
                state.query.assignee = menu.assignee.text.isEmpty ? nil : menu.assignee.text
            }
        }
        state.cursors[.questions] = ListCursor()
    }
}
