import Foundation
import LotseStore

/// What the retention policy asks of a store on a given day: the personal data due for
/// deletion or pseudonymisation, when each item falls due, and the one change that does
/// it. The knowledge text (titles, bodies, answers) is never touched.
public struct RetentionPlan: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// The names of those present at a meeting are removed.
        case removeAttendanceNames(meeting: String, count: Int)
        /// Names in a question are replaced by the commune's role.
        case pseudonymiseQuestion(question: String, fields: [String])
    }

    public struct Item: Hashable, Sendable {
        public var action: Action
        public var due: LocalDate
        /// The record's title, for the report.
        public var title: String
    }

    /// Due on or before the day asked about.
    public var due: [Item]
    /// Due later, soonest first.
    public var upcoming: [Item]
    /// The records as they are after the purge, all in one change.
    public var change: Change?

    public static func make(_ network: Network, asOf day: LocalDate, timeZone: TimeZone) -> RetentionPlan {
        let policy = network.manifest.retentionInForce
        // The same few roles stand in most records: each value is judged once.
        var judged: [String: Bool] = [:]
        func person(_ value: String) -> Bool {
            if let known = judged[value] { return known }
            let answer = PersonalName.isPerson(value, communes: network.communes)
            judged[value] = answer
            return answer
        }
        var items: [Item] = []
        var writes: [Change.Write] = []
        for meeting in network.meetings {
            let named = meeting.attendance.reduce(0) { count, attendance in
                count + attendance.persons.filter { person($0) }.count
            }
            guard named > 0 else { continue }
            let due = meeting.start.date.adding(months: policy.attendanceNamesMonths)
            items.append(Item(action: .removeAttendanceNames(meeting: meeting.id, count: named), due: due, title: meeting.title))
            guard due <= day else { continue }
            var purged = meeting
            for index in purged.attendance.indices {
                purged.attendance[index].persons.removeAll { person($0) }
            }
            writes.append(Change.Write(meeting: purged, base: meeting))
        }
        for question in network.questions where question.status == .closed || question.status == .merged {
            let role = PersonalName.role(for: question.communes, in: network)
            var purged = question
            var fields: [String] = []
            if person(question.loggedBy) {
                purged.loggedBy = role
                fields.append("loggedBy")
            }
            if let by = question.answer?.by, person(by) {
                purged.answer?.by = role
                fields.append("answer.by")
            }
            if let assignee = question.assignee, person(assignee) {
                purged.assignee = role
                fields.append("assignee")
            }
            if let release = question.release, person(release.by) {
                purged.release = release.released(by: role)
                fields.append("release.by")
            }
            guard !fields.isEmpty else { continue }
            let due = LocalDate(question.updated, in: timeZone).adding(months: policy.questionNamesMonths)
            items.append(Item(action: .pseudonymiseQuestion(question: question.id, fields: fields), due: due, title: question.title))
            if due <= day { writes.append(Change.Write(id: question.id, new: purged, base: question)) }
        }
        items.sort { ($0.due, $0.title) < ($1.due, $1.title) }
        return RetentionPlan(due: items.filter { $0.due <= day }, upcoming: items.filter { $0.due > day },
                             change: writes.isEmpty ? nil : Change(.purge, writes: writes))
    }
}
