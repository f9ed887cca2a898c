import Foundation
import LotseStore

/// A municipal merger: every question and meeting that names the commune that goes names
/// the one it becomes part of instead, the coordinators move over, and the commune that
/// goes is removed, all in one change.
public enum CommuneMerge {
    public static func writes(merging source: Commune, into target: Commune, in network: Network,
                              now: Date = Date()) -> [RecordWrite] {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        func replaced(_ ids: [String]) -> [String] {
            var result: [String] = []
            for id in ids.map({ $0 == source.id ? target.id : $0 }) where !result.contains(id) { result.append(id) }
            return result
        }
        var writes: [RecordWrite] = []
        for question in network.questions where question.communes.contains(source.id) {
            var changed = question
            changed.communes = replaced(question.communes)
            changed.updated = now
            writes.append(RecordWrite(kind: .question, id: question.id, new: .question(changed), base: .question(question)))
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
                writes.append(RecordWrite(kind: .meeting, id: meeting.id, new: .meeting(changed), base: .meeting(meeting)))
            }
        }
        var gaining = target
        gaining.coordinators += source.coordinators
        writes.append(RecordWrite(kind: .commune, id: target.id, new: .commune(gaining), base: .commune(target)))
        writes.append(RecordWrite(kind: .commune, id: source.id, new: nil, base: .commune(source)))
        return writes
    }
}
