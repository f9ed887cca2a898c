import LotseStore

/// The detail of whatever is selected in a panel: shown in the detail area of the home
/// screen and, with Enter, full screen.
public enum Details {
    public static func make(for panel: Panel, in state: AppState) -> DetailContent {
        let s = state.strings
        switch panel {
        case .communes:
            if let id = state.selectedCommune, let commune = state.network.communes.first(where: { $0.id == id }) {
                return communeDetail(commune, state: state)
            }
            return districtDetail(state)
        case .questions:
            guard let question = state.selectedQuestion else {
                return DetailContent(title: s.openQuestions, lines: [.text(emptyText(.questions, state), .muted)])
            }
            return Self.question(question, state: state)
        case .meetings:
            guard let meeting = state.selectedMeeting else {
                return DetailContent(title: s.meetings, lines: [.text(emptyText(.meetings, state), .muted)])
            }
            return meetingDetail(meeting, state: state)
        }
    }

    /// What an empty list says: nothing there at all, or nothing that matches the filter.
    public static func emptyText(_ panel: Panel, _ state: AppState) -> String {
        let s = state.strings
        // Not "no questions" while they are still being read.
        if panel == .questions, state.loading != nil { return s.loadingShort }
        if !state.home.filter(panel).isEmpty { return s.noMatches }
        if panel == .questions, !state.home.query.isDefault { return s.noMatches }
        let communes = state.network.communes.contains { !$0.archived }
        switch panel {
        case .communes: return communes ? s.noMatches : s.noCommunesYet
        case .questions: return communes || !state.network.questions.isEmpty ? s.noOpenQuestions : s.noQuestionsWithoutCommunes
        case .meetings: return s.noMeetings
        }
    }

    static func communeNames(_ ids: [String], in network: Network) -> String {
        ids.map { id in network.communes.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
    }

    private static func districtDetail(_ state: AppState) -> DetailContent {
        let s = state.strings
        let f = s.fields
        let network = state.network
        var lines: [DetailLine] = [
            .field(f.communes, "\(network.communes.filter { !$0.archived }.count)", width: 17),
        ]
        let summary = state.districtSummary
        for status in QuestionStatus.allCases {
            let count = summary.counts[status] ?? 0
            lines.append(DetailLine([
                TextSpan(pad(s.questionStatus(status), 17), .label),
                TextSpan(StatusGlyph.of(status) + " ", StatusGlyph.emphasis(of: status)),
                TextSpan("\(count)"),
            ]))
        }
        if summary.released > 0 {
            let review = summary.changed + summary.rechecks.prefix { $0 < state.today }.count
            lines.append(.blank)
            lines.append(.field(state.language.guideTexts.field, state.language.guideTexts.summary(summary.released, review),
                                width: 17, review > 0 ? .warning : .plain))
        }
        if !summary.bundled.isEmpty {
            lines.append(.blank)
            lines.append(.heading(s.bundledHeading))
            for question in summary.bundled {
                lines.append(DetailLine([
                    TextSpan("  \(question.communes.count)× ", .accent),
                    TextSpan(question.title),
                ], hangingIndent: 5))
            }
        }
        return DetailContent(title: "\(network.manifest.network) · \(network.manifest.district)", lines: lines)
    }

    private static func communeDetail(_ commune: Commune, state: AppState) -> DetailContent {
        let s = state.strings
        let f = s.fields
        let questions = state.network.questions.filter { $0.communes.contains(commune.id) }
        var lines: [DetailLine] = [.field(f.kind, commune.kind == .city ? s.city : s.municipality)]
        if commune.archived {
            lines.insert(DetailLine([TextSpan(s.archivedDetail, .warning)]), at: 0)
        }
        if !commune.formerly.isEmpty {
            lines.append(.field(f.formerly, commune.formerly.map(\.name).joined(separator: ", ")))
        }
        lines += [
            .field(f.openQuestionsCount, "\(questions.filter { $0.status.isOpen }.count)"),
            .field(f.answeredCount, "\(questions.filter { $0.status == .answered || $0.status == .closed }.count)"),
            .blank,
            .heading(f.coordinators),
        ]
        if commune.coordinators.isEmpty {
            lines.append(.text(state.language.coordinatorsTexts.noneInDetail, .muted, indent: 2))
        }
        for person in commune.coordinators {
            lines.append(.text(person.role.isEmpty ? person.name : "\(person.name) — \(person.role)", indent: 2))
            if !person.phone.isEmpty { lines.append(.text("\(f.phone): \(person.phone)", .muted, indent: 4)) }
            if !person.email.isEmpty { lines.append(.text("\(f.email): \(person.email)", .muted, indent: 4)) }
        }
        if !commune.notes.isEmpty {
            lines += [.blank, .heading(f.notes), .text(commune.notes)]
        }
        let open = questions.filter { $0.status.isOpen }.sorted { $0.created > $1.created }
        if !open.isEmpty {
            lines += [.blank, .heading(f.questionsOfCommune)]
            for question in open {
                lines.append(DetailLine([
                    TextSpan(StatusGlyph.of(question.status) + " ", StatusGlyph.emphasis(of: question.status)),
                    TextSpan(question.title),
                ], hangingIndent: 2))
            }
        }
        return DetailContent(title: commune.name, lines: lines)
    }

    public static func question(_ question: Question, state: AppState) -> DetailContent {
        let s = state.strings
        let f = s.fields
        let network = state.network
        var communes = communeNames(question.communes, in: network)
        if question.communes.count > 1 {
            communes += s.bundledSuffix(question.communes.count)
        }
        var lines: [DetailLine] = [
            DetailLine([
                TextSpan(pad(f.status, 14), .label),
                TextSpan(StatusGlyph.of(question.status) + " " + s.questionStatus(question.status), StatusGlyph.emphasis(of: question.status)),
            ]),
            .field(f.communes, communes),
            .field(f.category, question.category.isEmpty ? state.language.questionTexts.noCategory : question.category),
        ]
        if !question.tags.isEmpty { lines.append(.field(f.tags, question.tags.joined(separator: ", "))) }
        lines.append(.field(f.created, "\(Format.day(question.created)) · \(question.loggedBy)"))
        if question.updated != question.created { lines.append(.field(f.updated, Format.day(question.updated))) }
        lines.append(.field(f.assignee, question.assignee ?? f.none))
        if let target = question.duplicateOf {
            let title = network.questions.first { $0.id == target }?.title ?? target
            lines.append(.field(f.mergedInto, title))
        }
        if !question.body.isEmpty {
            lines += [.blank, .text(question.body)]
        }
        if let answer = question.answer {
            lines += [.blank, .heading(f.answer), .text(answer.text)]
            if !answer.sources.isEmpty { lines.append(.field(f.sources, answer.sources.joined(separator: "; "))) }
            lines.append(.field(f.answeredBy, "\(answer.by) · \(Format.day(answer.date))"))
            if let id = answer.meeting, let meeting = state.meeting(id) {
                // A decision of a meeting answered it: say which one, so the minutes can be found.
                let item = meeting.agenda.first { $0.outcomes.contains { $0.question == question.id } }
                let top = item.map { " · TOP \($0.number)" } ?? ""
                lines.append(.field(state.language.meetingTexts.decision, "\(meeting.title), \(Format.shortDate(meeting.start.date))\(top)"))
            }
            if let guide = GuideLines.detail(question, state: state) { lines.append(guide) }
        }
        if let earlier = question.earlierAnswers, !earlier.isEmpty {
            lines += [.blank, .heading(f.earlierAnswers)]
            for answer in earlier {
                lines.append(.text(answer.text, .muted, indent: 2))
                lines.append(.text("\(f.answeredBy) \(answer.by) · \(Format.day(answer.date))", .muted, indent: 4))
            }
        }
        let links = network.meetings.flatMap { meeting in
            meeting.agenda.filter { $0.questions.contains(question.id) }.map { (meeting, $0) }
        }
        if !links.isEmpty {
            lines += [.blank, .heading(s.meetings)]
            for (meeting, item) in links {
                lines.append(.text("\(Format.shortDate(meeting.start.date)) · TOP \(item.number): \(item.title)", indent: 2))
            }
        }
        return DetailContent(title: question.title, lines: lines)
    }

    private static func meetingDetail(_ meeting: Meeting, state: AppState) -> DetailContent {
        let s = state.strings
        let f = s.fields
        let end = meeting.start.adding(minutes: meeting.plannedMinutes)
        // The planned end, and while the meeting is under way the same expected end as
        // meeting mode's.
        let m = state.language.meetingScreenTexts
        var plannedLine = "\(meeting.plannedMinutes) \(s.minutesShort) · \(m.plannedEnd) \(Format.time(end.hour, end.minute))"
        if let expected = MeetingClock.expectedEnd(meeting, now: state.now, in: state.timeZone) {
            plannedLine += ", \(m.expectedEnd) \(Format.time(expected.hour, expected.minute))"
        }
        var lines: [DetailLine] = [
            .field(f.date, Format.longDate(meeting.start, strings: s)),
            .field(f.place, meeting.place),
            DetailLine([
                TextSpan(pad(f.state, 14), .label),
                TextSpan(StatusGlyph.of(meeting.state) + " " + s.meetingState(meeting.state), meeting.state == .finished ? .success : .accent),
            ]),
            .field(f.plannedTotal, plannedLine),
        ]
        if !meeting.attendance.isEmpty {
            let summary = meeting.attendanceSummary
            let guests = summary.guests.isEmpty ? "" : " + \(summary.guests.count) \(state.language.meetingTexts.guests)"
            lines.append(.field(f.attendance, "\(summary.present.count) / \(meeting.invited.count) \(s.communes)\(guests)"))
        }
        lines += [.blank, .heading(s.agenda)]
        for item in meeting.agenda {
            lines.append(DetailLine([
                TextSpan("TOP \(item.number)  ", .accent),
                TextSpan(item.title),
                TextSpan("  \(item.plannedMinutes) \(s.minutesShort)", .muted),
            ], hangingIndent: 7))
            if !item.presenter.isEmpty { lines.append(.text("\(f.presenter): \(item.presenter)", .muted, indent: 7)) }
            if !item.description.isEmpty { lines.append(.text(item.description, indent: 7)) }
            lines += item.questions.compactMap { state.question($0).map { AgendaLines.question($0, indent: 7) } }
            lines += item.outcomes.map { AgendaLines.outcome($0, strings: s, indent: 7, showsStatus: true) }
        }
        return DetailContent(title: meeting.title, lines: lines)
    }

    /// A few lines that tell two versions of a meeting apart (the conflict dialog).
    public static func meetingSummary(_ meeting: Meeting, state: AppState) -> [DetailLine] {
        let s = state.strings
        let outcomes = meeting.agenda.reduce(0) { $0 + $1.outcomes.count }
        return [
            .text(meeting.title, .heading),
            .text(Format.longDate(meeting.start, strings: s) + " · " + meeting.place, .muted),
            .text(StatusGlyph.of(meeting.state) + " " + s.meetingState(meeting.state)),
            .text("\(meeting.agenda.count) TOP · \(meeting.plannedMinutes) \(s.minutesShort) · \(outcomes) ◆", .muted),
            .text(meeting.agenda.map { "\($0.number). \($0.title)" }.joined(separator: " · ")),
        ]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
