import Foundation
import LotseStore

/// The meeting forms: what each one asks, what it refuses, and the change it saves. The
/// forms of the communes, coordinators and categories live with their screens
/// (`CommuneForm`, `CoordinatorForm`, `CategoryForm`); their checks and saves are routed here
/// because every field form shares one check of its fields.
public enum MeetingForms {
    public enum Problem: Hashable, Sendable {
        case required, badDate, badTime, badMinutes, unknownCommunes([String])
        /// A commune's kind is Stadt or Gemeinde.
        case badKind
        /// Another commune has this name already.
        case nameTaken
        /// Another category has this name already.
        case categoryTaken
        /// A time in the right shape that does not exist ("25:00").
        case noSuchTime(String)
        case badPhone, badEmail
        /// A retention period is a whole number of months.
        case badMonths
        /// A date in the right shape that does not exist ("31.02.2027").
        case noSuchDate(String)
    }

    /// An outcome to correct: its text, and for a measure its owner and due date.
    public static func editing(_ outcome: Outcome, meetingID: String) -> FieldForm {
        var fields: [FieldForm.Field] = [.init(.text, outcome.text)]
        if outcome.kind == .measure {
            fields += [.init(.owner, outcome.owner ?? ""), .init(.due, outcome.due.map(Format.shortDate) ?? "")]
        }
        return FieldForm(.editOutcome(meetingID: meetingID, outcomeID: outcome.id), fields: fields)
    }

    public static func policy(_ policy: RetentionPolicy) -> FieldForm {
        FieldForm(.policy, fields: [.init(.attendanceMonths, "\(policy.attendanceNamesMonths)"),
                                    .init(.namesMonths, "\(policy.questionNamesMonths)")])
    }

    // MARK: Opening

    /// A new meeting; "Eingeladen" offers the network's active communes, none ticked
    /// meaning all of them.
    public static func newMeeting(today: LocalDate, title: String, network: Network) -> FieldForm {
        FieldForm(.meeting(base: nil), fields: [
            .init(.title, title), .init(.date, Format.shortDate(today)), .init(.time, "14:00"),
            .init(.place), .init(.invited, options: invitable(network, keeping: []), multiple: true, ""),
        ])
    }

    public static func edit(_ meeting: Meeting, network: Network) -> FieldForm {
        let names = Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return FieldForm(.meeting(base: meeting), fields: [
            .init(.title, meeting.title), .init(.date, Format.shortDate(meeting.start.date)),
            .init(.time, Format.time(meeting.start.hour, meeting.start.minute)), .init(.place, meeting.place),
            .init(.invited, options: invitable(network, keeping: meeting.invited), multiple: true,
                  meeting.invited.map { names[$0] ?? $0 }.joined(separator: ", ")),
        ])
    }

    /// The communes a meeting can invite, by name: the active ones, and those it invites
    /// already even if archived since, so that an edit does not drop them unasked.
    static func invitable(_ network: Network, keeping invited: [String]) -> [String] {
        network.communes.filter { !$0.archived || invited.contains($0.id) }.map(\.name)
            .sorted { $0.localizedStandardCompareFolded($1) }
    }

    public static func item(_ meeting: Meeting, index: Int?) -> FieldForm {
        let item = index.flatMap { meeting.agenda.indices.contains($0) ? meeting.agenda[$0] : nil }
        return FieldForm(.item(meetingID: meeting.id, index: item == nil ? nil : index), fields: [
            .init(.title, item?.title ?? ""), .init(.presenter, item?.presenter ?? ""),
            .init(.minutes, item.map { "\($0.plannedMinutes)" } ?? "15"), .init(.description, item?.description ?? ""),
        ])
    }

    /// A note, decision or measure for the current TOP. A decision offers the TOP's
    /// questions that are still waiting for an answer.
    public static func outcome(_ kind: Outcome.Kind, meeting: Meeting, index: Int, network: Network) -> FieldForm {
        let purpose = FieldForm.Purpose.outcome(meetingID: meeting.id, index: index, kind: kind)
        switch kind {
        case .info, .internal: return FieldForm(purpose, fields: [.init(.text)])
        case .measure: return FieldForm(purpose, fields: [.init(.text), .init(.owner), .init(.due)])
        case .decision:
            let open = meeting.agenda[index].questions.filter { id in
                guard let question = network.questions.first(where: { $0.id == id }) else { return false }
                return question.status == .open || question.status == .clarifying
            }
            return FieldForm(purpose, fields: [.init(.text)] + (open.isEmpty ? [] : [.init(.answers)]), choices: open)
        }
    }

    // MARK: Checking

    /// The day a date without a year counts from: the meeting's day for what is decided
    /// in it (minutes are often typed up later), else today.
    static func reference(_ form: FieldForm, network: Network, today: LocalDate) -> LocalDate {
        guard case .outcome(let id, _, _) = form.purpose, let meeting = network.meetings.first(where: { $0.id == id }) else { return today }
        return meeting.start.date
    }

    public static func problems(_ form: FieldForm, network: Network, today: LocalDate) -> [FieldForm.FieldID: Problem] {
        var result: [FieldForm.FieldID: Problem] = [:]
        let today = reference(form, network: network, today: today)
        for field in form.fields {
            let text = form.text(field.id)
            switch field.id {
            case .title, .text, .owner:
                if text.isEmpty { result[field.id] = .required }
            case .date:
                if DateInput.date(text, reference: today) == nil { result[.date] = DateInput.impossible(text).map(Problem.noSuchDate) ?? .badDate }
            case .due:
                if !text.isEmpty, DateInput.date(text, reference: today) == nil {
                    result[.due] = DateInput.impossible(text).map(Problem.noSuchDate) ?? .badDate
                }
            case .time:
                if DateInput.time(text) == nil { result[.time] = DateInput.impossibleTime(text).map(Problem.noSuchTime) ?? .badTime }
            case .minutes:
                if Int(text).map({ $0 < 1 || $0 > 600 }) ?? true { result[.minutes] = .badMinutes }
            case .attendanceMonths, .namesMonths:
                if Int(text).map({ $0 < 1 || $0 > 1200 }) ?? true { result[field.id] = .badMonths }
            case .invited:
                let unknown = names(text).filter { name in (try? Lookup.commune(name, in: network)) == nil && !isAll(name) }
                if !unknown.isEmpty { result[.invited] = .unknownCommunes(unknown) }
            case .name:
                if text.isEmpty {
                    result[.name] = .required
                } else if case .category(let old) = form.purpose, CategoryForm.isTaken(text, renaming: old, in: network) {
                    result[.name] = .categoryTaken
                } else if case .commune(let base) = form.purpose, CommuneForm.isTaken(text, by: base, in: network) {
                    result[.name] = .nameTaken
                }
            case .kind:
                if CommuneForm.kind(text) == nil { result[.kind] = .badKind }
            case .phone:
                if !ContactCheck.isPhone(text) { result[.phone] = .badPhone }
            case .email:
                if !ContactCheck.isEmail(text) { result[.email] = .badEmail }
            case .place, .presenter, .description, .answers, .notes, .role, .inGuide:
                break
            }
        }
        return result
    }

    // MARK: Saving

    /// The change the form describes, or nil when it changes nothing. Call only when
    /// `problems` is empty.
    public static func change(_ form: FieldForm, state: inout AppState) -> Change? {
        let today = reference(form, network: state.network, today: state.today)
        switch form.purpose {
        case .coordinator(let communeID, let index):
            return CoordinatorForm.change(form, communeID: communeID, index: index, state: state)
        case .editOutcome(let meetingID, let outcomeID):
            guard let place = try? OutcomeEdit.locate(outcomeID, in: state.network), place.meeting.id == meetingID else { return nil }
            var outcome = place.outcome
            outcome.text = form.text(.text)
            if outcome.kind == .measure {
                let owner = form.text(.owner)
                outcome.owner = owner
                outcome.communes = (try? Lookup.commune(owner, in: state.network)).map { [$0.id] } ?? []
                outcome.due = DateInput.date(form.text(.due), reference: today)
            }
            guard outcome != place.outcome else { return nil }
            return Change(.outcome, writes: [.init(meeting: OutcomeEdit.replacing(place, with: outcome), base: place.meeting)])
        case .policy:
            guard let attendance = Int(form.text(.attendanceMonths)), let names = Int(form.text(.namesMonths)) else { return nil }
            let base = state.network.manifest
            var manifest = base
            manifest.retention = RetentionPolicy(attendanceNamesMonths: attendance, questionNamesMonths: names)
            guard manifest.retentionInForce != base.retentionInForce else { return nil }
            return Change(.policy, writes: [], manifest: Change.ManifestChange(new: manifest, base: base))
        case .category(let old):
            return CategoryForm.change(form, old: old, state: state)
        case .commune(let base):
            return CommuneForm.change(form, base: base)
        case .meeting(let base):
            guard let date = DateInput.date(form.text(.date), reference: today), let time = DateInput.time(form.text(.time)) else { return nil }
            let id = base?.id ?? RecordID.make(at: state.now, using: &state.ids)
            var meeting = base ?? Meeting(id: id, title: "", start: LocalDateTime(date: date, hour: 0, minute: 0), place: "")
            meeting.title = form.text(.title)
            meeting.start = LocalDateTime(date: date, hour: time.hour, minute: time.minute)
            meeting.place = form.text(.place)
            meeting.invited = invited(form.text(.invited), network: state.network)
            guard meeting != base else { return nil }
            return .meeting(base == nil ? .meeting : .agenda, meeting, base: base)
        case .item(let meetingID, let index):
            guard let base = state.network.meetings.first(where: { $0.id == meetingID }) else { return nil }
            var meeting = base
            // The TOP may have gone meanwhile (a colleague's edit came in): then the typed
            // text becomes a new TOP rather than being lost.
            let index = index.flatMap { meeting.agenda.indices.contains($0) ? $0 : nil }
            var item = index.map { meeting.agenda[$0] }
                ?? AgendaItem(id: state.newID(), number: meeting.agenda.count + 1, title: "", plannedMinutes: 15)
            item.title = form.text(.title)
            item.presenter = form.text(.presenter)
            item.plannedMinutes = Int(form.text(.minutes)) ?? item.plannedMinutes
            item.description = form.text(.description)
            if let index { meeting.agenda[index] = item } else { meeting = AgendaPlacement.inserting(item, into: meeting) }
            guard meeting != base else { return nil }
            return .meeting(.agenda, meeting, base: base)
        case .outcome(let meetingID, let index, let kind):
            guard let base = state.network.meetings.first(where: { $0.id == meetingID }),
                  base.agenda.indices.contains(index) else { return nil }
            var meeting = base
            var outcome = Outcome(id: state.newID(), kind: kind, text: form.text(.text))
            if kind == .measure {
                let owner = form.text(.owner)
                outcome.owner = owner
                outcome.communes = (try? Lookup.commune(owner, in: state.network)).map { [$0.id] } ?? []
                outcome.due = DateInput.date(form.text(.due), reference: today)
                outcome.status = .open
            }
            var writes: [Change.Write] = []
            if kind == .decision, let choice = form.choice, form.choices.indices.contains(choice),
               let question = state.question(form.choices[choice]) {
                outcome.question = question.id
                var answered = question
                answered.answer = Answer(text: outcome.text, by: state.user, date: state.now, meeting: meetingID)
                answered.status = .answered
                answered.updated = state.now
                writes.append(.init(id: question.id, new: answered, base: question))
            }
            meeting.agenda[index].outcomes.append(outcome)
            return Change(.outcome, writes: [.init(meeting: meeting, base: base)] + writes)
        }
    }

    static func names(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func isAll(_ name: String) -> Bool {
        ["alle", "all"].contains(TextFolding.fold(name))
    }

    /// The invited communes; "alle" (or nothing) invites the whole district: its active
    /// communes, not those archived.
    static func invited(_ text: String, network: Network) -> [String] {
        let names = names(text)
        if names.isEmpty || names.contains(where: isAll) { return network.communes.filter { !$0.archived }.map(\.id).sorted() }
        var ids: [String] = []
        for name in names {
            if let id = try? Lookup.commune(name, in: network).id, !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
