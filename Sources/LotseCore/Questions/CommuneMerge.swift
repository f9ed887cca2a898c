import Foundation
import LotseStore

/// A municipal merger: every question and meeting that names the commune that goes names
/// the one it becomes part of instead, the coordinators move over, and the commune that
/// goes is removed, all in one change.
public enum CommuneMerge {
    public static func change(merging source: Commune, into target: Commune, in network: Network, now: Date) -> Change {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        func replaced(_ ids: [String]) -> [String] {
            var result: [String] = []
            for id in ids.map({ $0 == source.id ? target.id : $0 }) where !result.contains(id) { result.append(id) }
            return result
        }
        var writes: [Change.Write] = []
        for question in network.questions where question.communes.contains(source.id) {
            var changed = question
            changed.communes = replaced(question.communes)
            changed.updated = now
            writes.append(.init(id: question.id, new: changed, base: question))
        }
        for meeting in network.meetings {
            var changed = meeting
            changed.invited = replaced(meeting.invited)
            var attendance: [Attendance] = []
            for entry in meeting.attendance {
                let commune = entry.commune == source.id ? target.id : entry.commune
                if let index = attendance.firstIndex(where: { $0.commune == commune }) {
                    attendance[index].persons += entry.persons
                } else {
                    attendance.append(Attendance(commune: commune, persons: entry.persons))
                }
            }
            changed.attendance = attendance
            for item in changed.agenda.indices {
                for outcome in changed.agenda[item].outcomes.indices {
                    changed.agenda[item].outcomes[outcome].communes = replaced(changed.agenda[item].outcomes[outcome].communes)
                }
            }
            if changed != meeting {
                writes.append(.init(meeting: changed, base: meeting))
            }
        }
        var gaining = target
        gaining.coordinators += source.coordinators
        // The commune that goes stays findable by its slug and name, and so do those it had taken in.
        for former in source.formerly + [FormerCommune(slug: source.id, name: source.name)]
        where !gaining.formerly.contains(where: { $0.slug == former.slug }) {
            gaining.formerly.append(former)
        }
        writes.append(.init(id: target.id, new: .commune(gaining), base: .commune(target)))
        writes.append(.init(id: source.id, new: Record?.none, base: .commune(source)))
        return Change(.commune, writes: writes)
    }

    /// How many questions and how many meetings name the commune; one that any record
    /// names is archived or merged, never removed.
    public static func references(to id: String, in network: Network) -> (questions: Int, meetings: Int) {
        (network.questions.filter { $0.communes.contains(id) }.count,
         network.meetings.filter { meeting in
             meeting.invited.contains(id) || meeting.attendance.contains { $0.commune == id }
                 || meeting.agenda.contains { $0.outcomes.contains { $0.communes.contains(id) } }
         }.count)
    }
}
