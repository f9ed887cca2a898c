import LotseStore

/// Keys in the modal dialogs: confirmations, the save conflict, the prompts, the pickers
/// and the filter menu. Each reads its commands from its own key contexts, so that the
/// keys it names in its hint line are the keys it takes.
enum DialogReducer {
    static func reduce(_ dialog: Dialog, key: Key, in state: inout AppState) -> [Effect] {
        let command = KeyMap.command(for: key, in: dialog.contexts)
        switch dialog {
        case .confirm(let confirmation):
            return confirm(confirmation, command, in: &state)
        case .conflict(let conflict):
            return resolve(conflict, command, in: &state)
        case .assign(let id, var editor):
            switch command {
            case .cancel: Reducer.pop(&state)
            case .confirm:
                Reducer.pop(&state)
                guard let question = state.question(id) else { return [] }
                var changed = question
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                changed.assignee = text.isEmpty ? nil : text
                guard changed != question else { return [] }
                changed.updated = state.now
                return [.apply(Change(.assign, writes: [.init(id: id, new: changed, base: question)]))]
            default:
                if key == .tab, let first = AssigneeSuggestions.make(editor.text, in: state.network).first {
                    // Tab takes the first suggestion, as a shell completes a name.
                    editor.set(first)
                } else {
                    editor.handle(key)
                }
                Reducer.replaceTop(.dialog(.assign(questionID: id, editor: editor)), in: &state)
            }
        case .merge(var picker):
            let candidates = state.candidates(for: picker)
            let ids = candidates.lazy.map(\.id)
            switch command {
            case .cancel: Reducer.pop(&state)
            case .moveUp, .moveDown, .pageUp, .pageDown:
                _ = picker.selection.follow(command ?? .moveDown, in: ids, visible: DialogLayout.mergeRows(state.size))
            case .confirm:
                Reducer.pop(&state)
                picker.selection.resolve(in: ids, visible: 1)
                guard let targetID = picker.selection.id, let target = candidates.first(where: { $0.id == targetID }),
                      let source = state.question(picker.source.id) else { return [] }
                return [.apply(.merge(source, into: target, now: state.now))]
            default:
                if picker.filter.handle(key) { picker.selection = Selection() }
            }
            if case .dialog(.merge)? = state.top { Reducer.replaceTop(.dialog(.merge(picker)), in: &state) }
        case .filter(var menu):
            filterMenu(key, command, menu: &menu, in: &state)
            if case .dialog(.filter)? = state.top { Reducer.replaceTop(.dialog(.filter(menu)), in: &state) }
        case .attendance(var picker):
            if picker.editing != nil {
                // Typing the names of one commune: Enter takes them, Esc drops the typing.
                switch key {
                case .enter: picker.takeNames()
                case .escape: picker.editing = nil
                default: _ = picker.editing?.handle(key)
                }
                Reducer.replaceTop(.dialog(.attendance(picker)), in: &state)
                return []
            }
            if command == nil, case .character(let c) = key {
                let communes = state.communesByName
                if let hit = LetterJump.next(after: picker.selection.index, in: communes.map(\.name), letter: c) {
                    picker.selection = Selection(id: communes[hit].id, index: hit)
                }
                Reducer.replaceTop(.dialog(.attendance(picker)), in: &state)
                return []
            }
            return attendance(command, picker: &picker, in: &state)
        case .suggestions(var picker):
            if command == nil, case .character(let c) = key, let meeting = state.meeting(picker.meetingID) {
                let suggestions = state.suggestions(for: meeting)
                let names = suggestions.map { suggestion -> String in
                    switch suggestion {
                    case .question(let question): return question.title
                    case .measure(let row): return row.text
                    }
                }
                if let hit = LetterJump.next(after: picker.selection.index, in: names, letter: c) {
                    picker.selection = Selection(id: suggestions[hit].id, index: hit)
                }
                Reducer.replaceTop(.dialog(.suggestions(picker)), in: &state)
                return []
            }
            return suggestion(command, picker: &picker, in: &state)
        case .communeMerge(var picker):
            if command == nil, case .character(let c) = key {
                let targets = picker.targets(in: state)
                if let hit = LetterJump.next(after: picker.selection.index, in: targets.map(\.name), letter: c) {
                    picker.selection = Selection(id: targets[hit].id, index: hit)
                }
                Reducer.replaceTop(.dialog(.communeMerge(picker)), in: &state)
                return []
            }
            return CommuneWork.merge(command, picker: &picker, in: &state)
        case .palette(var palette):
            let entries = palette.entries(strings: state.strings, userKeys: state.userKeys)
            switch command {
            case .cancel:
                Reducer.pop(&state)
                return []
            case .confirm:
                Reducer.pop(&state)
                palette.selection.resolve(in: entries.lazy.map { "\($0.command)" }, visible: 1)
                guard let chosen = entries.first(where: { "\($0.command)" == palette.selection.id }) ?? entries.first else { return [] }
                return Reducer.command(chosen.command, in: &state)
            case .moveUp, .moveDown:
                _ = palette.selection.follow(command ?? .moveDown, in: entries.lazy.map { "\($0.command)" },
                                             visible: DialogLayout.pickerRows(count: entries.count, size: state.size))
            default:
                if palette.query.handle(key) { palette.selection = Selection() }
            }
            Reducer.replaceTop(.dialog(.palette(palette)), in: &state)
        case .export(var prompt):
            switch command {
            case .cancel: Reducer.pop(&state)
            case .confirm:
                Reducer.pop(&state)
                let path = prompt.path.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty, let meeting = state.meeting(prompt.meetingID) else { return [] }
                return [.export(ExportRequest(path: path, text: MeetingWork.exportText(prompt.document, of: meeting, state: state)))]
            default:
                prompt.path.handle(key)
                Reducer.replaceTop(.dialog(.export(prompt)), in: &state)
            }
        }
        return []
    }

    private static func confirm(_ confirmation: Confirmation, _ command: Command?, in state: inout AppState) -> [Effect] {
        switch command {
        case .confirm:
            Reducer.pop(&state)
            switch confirmation {
            case .delete(let question):
                return [.apply(Change(.delete, writes: [.init(id: question.id, new: nil, base: question)]))]
            case .discardForm:
                Reducer.closeForm(in: &state)
            case .quitWithUnsavedForm(let interrupted):
                return [interrupted ? .quitInterrupted : .quit]
            case .endMeeting(let id):
                guard let meeting = state.meeting(id) else { return [] }
                return [.apply(.meeting(.ended, MeetingClock.end(meeting, now: state.now), base: meeting))]
            case .deleteItem(let id, let index):
                guard let meeting = state.meeting(id) else { return [] }
                return [.apply(.meeting(.agenda, AgendaReducer.deletingItem(index, from: meeting), base: meeting))]
            case .overwrite(var request):
                request.overwrite = true
                return [.export(request)]
            case .screen(let confirmation):
                return confirmation.effects
            case .deleteCommune, .archiveCommune:
                return CommuneWork.removal(confirmation).map { [.apply($0)] } ?? []
            case .mergeCommune(let source, let target):
                state.home.selections[.communes] = Selection(id: target.id)
                return [.apply(CommuneMerge.change(merging: source, into: target, in: state.network, now: state.now))]
            case .deleteOutcome(_, let outcomeID):
                guard let place = try? OutcomeEdit.locate(outcomeID, in: state.network) else { return [] }
                return [.apply(Change(.outcome, writes: [.init(meeting: OutcomeEdit.replacing(place, with: nil), base: place.meeting)]))]
            case .quitWithRunningTimer:
                return [.quit]
            case .startOnOtherDay(let id):
                guard let meeting = state.meeting(id) else { return [] }
                return [.apply(.meeting(.timer, MeetingClock.start(meeting, now: state.now), base: meeting))]
            }
        case .cancel:
            Reducer.pop(&state)
        default:
            break
        }
        return []
    }

    private static func resolve(_ conflict: Conflict, _ command: Command?, in state: inout AppState) -> [Effect] {
        switch command {
        case .keepMine:
            // Mine in the fields both sides changed; their other changes stay. A record
            // deleted or created meanwhile has no fields to merge: mine is written over it.
            Reducer.pop(&state)
            var again = conflict.change
            again.force = true
            if conflict.fields.isEmpty { again.writes[conflict.index].base = conflict.current }
            Reducer.setSaving(true, in: &state)
            return [.apply(again)]
        case .takeTheirs:
            Reducer.pop(&state)
            Reducer.put(conflict.current, for: conflict.change.writes[conflict.index], in: &state)
            Reducer.closeForm(in: &state)
            state.notice = .keptTheirs
        case .cancel:
            Reducer.pop(&state)
        default:
            break
        }
        return []
    }

    private static func suggestion(_ command: Command?, picker: inout SuggestionPicker, in state: inout AppState) -> [Effect] {
        guard let meeting = state.meeting(picker.meetingID) else {
            Reducer.pop(&state)
            return []
        }
        let suggestions = state.suggestions(for: meeting)
        let ids = suggestions.lazy.map(\.id)
        var effects: [Effect] = []
        switch command {
        case .cancel:
            Reducer.pop(&state)
            return []
        case .confirm:
            picker.selection.resolve(in: ids, visible: 1)
            guard suggestions.indices.contains(picker.selection.index), !suggestions.isEmpty else { return [] }
            // The picker stays open: a meeting is usually prepared several items at a time.
            let taken = suggestions[picker.selection.index]
            // The next suggestion takes the place of the one taken.
            picker.selection.id = nil
            effects = [.apply(.meeting(.agenda, AgendaReducer.take(taken, into: meeting, state: &state), base: meeting))]
        case let command?:
            _ = picker.selection.follow(command, in: ids, visible: DialogLayout.pickerRows(count: suggestions.count, size: state.size))
        case nil:
            break
        }
        Reducer.replaceTop(.dialog(.suggestions(picker)), in: &state)
        return effects
    }

    private static func attendance(_ command: Command?, picker: inout AttendancePicker, in state: inout AppState) -> [Effect] {
        let communes = state.communesByName
        let ids = communes.lazy.map(\.id)
        switch command {
        case .cancel:
            Reducer.pop(&state)
            return []
        case .toggle:
            picker.selection.resolve(in: ids, visible: 1)
            if let id = picker.selection.id {
                if picker.present.contains(id) { picker.present.remove(id) } else { picker.present.insert(id) }
            }
        case .selectInvited:
            // All invited at once: the usual start of the roll call.
            if let meeting = state.meeting(picker.meetingID) { picker.present.formUnion(meeting.invited) }
        case .editNames:
            picker.selection.resolve(in: ids, visible: 1)
            picker.editNames()
        case .confirm:
            Reducer.pop(&state)
            guard let meeting = state.meeting(picker.meetingID) else { return [] }
            let changed = picker.applied(to: meeting, order: communes)
            guard changed != meeting else { return [] }
            return [.apply(.meeting(.attendance, changed, base: meeting))]
        case let command?:
            _ = picker.selection.follow(command, in: ids, visible: DialogLayout.pickerRows(count: communes.count, size: state.size))
        case nil:
            break
        }
        Reducer.replaceTop(.dialog(.attendance(picker)), in: &state)
        return []
    }

    private static func filterMenu(_ key: Key, _ command: Command?, menu: inout FilterMenu, in state: inout AppState) {
        let rows = FilterMenu.Row.allCases
        let categories: [String?] = [nil] + state.network.manifest.categories.map(Optional.some)
        func cycle<T: Equatable>(_ values: [T], _ current: T, _ delta: Int) -> T {
            let index = values.firstIndex(of: current) ?? 0
            return values[(index + delta + values.count) % values.count]
        }
        let editing = menu.row == .tag || menu.row == .assignee
        switch command {
        case .cancel:
            Reducer.pop(&state)
            return
        case .moveUp: menu.row = rows[max(0, menu.row.rawValue - 1)]
        case .moveDown: menu.row = rows[min(rows.count - 1, menu.row.rawValue + 1)]
        case .moveLeft where !editing, .moveRight where !editing:
            let delta = command == .moveRight ? 1 : -1
            if menu.row == .category { state.home.query.category = cycle(categories, state.home.query.category, delta) }
            if menu.row == .sort { state.home.query.sort = cycle(QuestionQuery.Sort.allCases, state.home.query.sort, delta) }
        case .toggle where FilterMenu.status(of: menu.row) != nil:
            if let status = FilterMenu.status(of: menu.row) {
                if state.home.query.statuses.contains(status) { state.home.query.statuses.remove(status) } else { state.home.query.statuses.insert(status) }
            }
        default:
            if menu.row == .category, case .character(let c) = key {
                let names = categories.map { $0 ?? "" }
                let current = categories.firstIndex(of: state.home.query.category) ?? 0
                if let hit = LetterJump.next(after: current, in: names, letter: c) { state.home.query.category = categories[hit] }
            } else if menu.row == .tag, menu.tag.handle(key) {
                state.home.query.tag = menu.tag.text.isEmpty ? nil : menu.tag.text
            } else if menu.row == .assignee, menu.assignee.handle(key) {
                state.home.query.assignee = menu.assignee.text.isEmpty ? nil : menu.assignee.text
            }
        }
        HomeReducer.keepOrStartAtTop(.questions, in: &state)
    }

    /// Keeps a picker's selection on its row and on screen.
    static func resolve(_ dialog: inout Dialog, in state: AppState) {
        switch dialog {
        case .merge(var picker):
            picker.selection.resolve(in: state.candidates(for: picker).lazy.map(\.id), visible: DialogLayout.mergeRows(state.size))
            dialog = .merge(picker)
        case .attendance(var picker):
            let communes = state.communesByName
            picker.selection.resolve(in: communes.lazy.map(\.id), visible: DialogLayout.pickerRows(count: communes.count, size: state.size))
            dialog = .attendance(picker)
        case .suggestions(var picker):
            let suggestions = state.meeting(picker.meetingID).map(state.suggestions) ?? []
            picker.selection.resolve(in: suggestions.lazy.map(\.id),
                                     visible: DialogLayout.pickerRows(count: suggestions.count, size: state.size))
            dialog = .suggestions(picker)
        case .communeMerge(var picker):
            let targets = picker.targets(in: state)
            picker.selection.resolve(in: targets.lazy.map(\.id), visible: DialogLayout.pickerRows(count: targets.count, size: state.size))
            dialog = .communeMerge(picker)
        default:
            break
        }
    }
}
