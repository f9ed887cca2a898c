import Foundation
import LotseStore

/// The Markdown documents of a meeting: the invitation with its agenda, and the minutes
/// (Protokoll). German by default, like the meetings themselves; internal notes only
/// when asked for.
public enum MeetingExport {
    public static func agenda(_ meeting: Meeting, in network: Network, language: Language = .de) -> String {
        let t = language.meetingTexts
        let names = communeNames(network)
        var out: [String] = ["# \(t.invitation): \(escape(meeting.title))", ""]
        let end = meeting.start.adding(minutes: meeting.plannedMinutes)
        out.append("- **\(t.date):** \(longDate(meeting.start, t)), " + clock("\(Format.time(meeting.start.hour, meeting.start.minute))–\(Format.time(end.hour, end.minute))", t))
        out.append("- **\(t.place):** \(escape(meeting.place))")
        if !meeting.invited.isEmpty {
            out.append("- **\(t.invited):** " + meeting.invited.map { escape(names[$0] ?? $0) }.joined(separator: ", "))
        }
        out += ["", "## \(t.agenda)", "", "| \(t.top) | \(t.topic) | \(t.presenter) | \(t.minutes) | \(t.begins) |", "|---:|---|---|---:|---:|"]
        var clock = meeting.start.hour * 60 + meeting.start.minute
        for item in meeting.agenda {
            out.append("| \(item.number) | \(cell(item.title)) | \(cell(item.presenter)) | \(item.plannedMinutes) | \(Format.time(clock / 60 % 24, clock % 60)) |")
            clock += item.plannedMinutes
        }
        out.append("| | **\(t.total)** | | **\(meeting.plannedMinutes)** | \(t.end) \(Format.time(end.hour, end.minute)) |")
        for item in meeting.agenda where !item.description.isEmpty || !item.questions.isEmpty {
            out += ["", "### \(t.top) \(item.number): \(escape(item.title))", ""]
            if !item.description.isEmpty { out += [escape(item.description), ""] }
            let questions = item.questions.compactMap { id in network.questions.first { $0.id == id } }
            if !questions.isEmpty {
                out.append("\(t.questions):")
                out.append("")
                for question in questions {
                    out.append("- \(escape(question.title)) (\(question.communes.map { names[$0] ?? $0 }.joined(separator: ", ")))")
                }
            }
            while out.last == "" { out.removeLast() }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func minutes(_ meeting: Meeting, in network: Network, includeInternal: Bool = false, language: Language = .de) -> String {
        let t = language.meetingTexts
        let names = communeNames(network)
        var out: [String] = ["# \(t.minutesTitle): \(escape(meeting.title))", ""]
        out.append("- **\(t.date):** \(longDate(meeting.start, t)), " + clock(Format.time(meeting.start.hour, meeting.start.minute), t))
        out.append("- **\(t.place):** \(escape(meeting.place))")
        let state = meeting.state == .planned ? t.notHeldYet
            : meeting.minutesApproved.map { t.approved(Format.day($0)) } ?? t.draft
        out.append("- **\(t.minutesState):** \(state)")
        func named(_ id: String) -> String {
            let name = escape(names[id] ?? id)
            let persons = meeting.attendance.first { $0.commune == id }?.persons ?? []
            return persons.isEmpty ? name : "\(name) (\(persons.map(escape).joined(separator: ", ")))"
        }
        let summary = meeting.attendanceSummary
        if meeting.state == .planned {
            // Nobody was present at a meeting that has not taken place; nobody was absent either.
        } else if !meeting.invited.isEmpty {
            out.append("- **\(t.present):** \(summary.present.count) \(t.of) \(meeting.invited.count) \(t.invitedCommunes)"
                       + (summary.present.isEmpty ? "" : ": " + summary.present.map(named).joined(separator: ", ")))
            if !summary.absent.isEmpty { out.append("- **\(t.absent):** " + summary.absent.map { escape(names[$0] ?? $0) }.joined(separator: ", ")) }
            if !summary.guests.isEmpty { out.append("- **\(t.guests):** " + summary.guests.map(named).joined(separator: ", ")) }
        } else if !summary.guests.isEmpty {
            out.append("- **\(t.present):** " + summary.guests.map(named).joined(separator: ", "))
        }
        for item in meeting.agenda {
            out += ["", "## \(t.top) \(item.number): \(escape(item.title))", ""]
            var facts: [String] = []
            if !item.presenter.isEmpty { facts.append("\(t.presenter): \(escape(item.presenter))") }
            if !item.spans.isEmpty {
                // Only closed spans count: minutes are written after the meeting.
                let seconds = item.spans.reduce(0) { $0 + max(0, Int(($1.end ?? $1.start).timeIntervalSince($1.start))) }
                facts.append("\(t.duration) \((seconds + 30) / 60) \(t.minutes) (\(t.planned) \(item.plannedMinutes))")
            }
            if !facts.isEmpty { out += ["*" + facts.joined(separator: " · ") + "*", ""] }
            let outcomes = item.outcomes.filter { includeInternal || $0.kind != .internal }
            for outcome in outcomes {
                var line = "- " + outcomeLine(outcome, names: names, t: t)
                if let id = outcome.question, let question = network.questions.first(where: { $0.id == id }) {
                    line += " (\(t.answersQuestion) „\(escape(question.title))“)"
                }
                out.append(line)
            }
            if includeInternal && !item.notes.isEmpty {
                if !outcomes.isEmpty { out.append("") }
                out.append("> **\(t.internalNote):** " + escape(item.notes).replacingOccurrences(of: "\n", with: "\n> "))
            }
            if outcomes.isEmpty && !(includeInternal && !item.notes.isEmpty) { out.append("*\(t.noOutcome)*") }
        }
        let measures = meeting.agenda.flatMap { item in item.outcomes.filter { $0.kind == .measure }.map { (item, $0) } }
        if !measures.isEmpty {
            out += ["", "## \(t.measures)", "", "| \(t.top) | \(t.measure) | \(t.owner) | \(t.communes) | \(t.due) | \(t.state) |", "|---:|---|---|---|---|---|"]
            for (item, measure) in measures {
                out.append("| \(item.number) | \(cell(measure.text)) | \(cell(measure.owner ?? "")) | "
                           + "\(cell(measure.communes.map { names[$0] ?? $0 }.joined(separator: ", "))) | "
                           + "\(measure.due.map { Format.shortDate($0) } ?? "") | \(t.measureStatus(measure.status ?? .open)) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func outcomeLine(_ outcome: Outcome, names: [String: String], t: MeetingTexts) -> String {
        switch outcome.kind {
        case .info:
            return escape(outcome.text)
        case .decision:
            return "**\(t.decision):** \(escape(outcome.text))"
        case .internal:
            return "**\(t.internalNote):** \(escape(outcome.text))"
        case .measure:
            var parts = ["**\(t.measure):** \(escape(outcome.text))"]
            if let owner = outcome.owner { parts.append("\(t.owner): \(escape(owner))") }
            let communes = outcome.communes.map { names[$0] ?? $0 }
            if !communes.isEmpty, communes != [outcome.owner ?? ""] { parts.append(communes.map(escape).joined(separator: ", ")) }
            if let due = outcome.due { parts.append("\(t.due): \(Format.shortDate(due))") }
            return parts.joined(separator: " — ")
        }
    }

    private static func communeNames(_ network: Network) -> [String: String] {
        Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// "15:00 Uhr" in German, "15:00" in English.
    static func clock(_ time: String, _ t: MeetingTexts) -> String {
        t.oclock.isEmpty ? time : "\(time) \(t.oclock)"
    }

    static func longDate(_ dateTime: LocalDateTime, _ t: MeetingTexts) -> String {
        "\(t.weekdays[dateTime.date.weekday]), \(Format.shortDate(dateTime.date))"
    }

    /// Text that Markdown would otherwise read as markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalSafe.stripped(text) {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: " ")
    }
}
