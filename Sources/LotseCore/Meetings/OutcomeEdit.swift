import Foundation
import LotseStore

/// Outcomes found, corrected and removed by their stable id: what the command line, the
/// agenda screen and meeting mode do to the record of a meeting before it goes out.
public enum OutcomeEdit {
    public struct Place: Equatable, Sendable {
        public var meeting: Meeting
        public var item: Int
        public var index: Int
        public var outcome: Outcome { meeting.agenda[item].outcomes[index] }
    }

    /// The outcome whose id starts with `prefix`, in whichever meeting holds it.
    public static func locate(_ prefix: String, in network: Network) throws(LookupError) -> Place {
        let wanted = prefix.uppercased()
        var found: [Place] = []
        for meeting in network.meetings {
            for (item, top) in meeting.agenda.enumerated() {
                for (index, outcome) in top.outcomes.enumerated() where !wanted.isEmpty && outcome.id.uppercased().hasPrefix(wanted) {
                    found.append(Place(meeting: meeting, item: item, index: index))
                }
            }
        }
        guard let first = found.first else { throw .unknownOutcome(prefix) }
        guard found.count == 1 else {
            throw .ambiguousOutcome(prefix, matches: found.map { "\($0.outcome.id)  \($0.meeting.title)  \($0.outcome.text)" })
        }
        return first
    }

    /// The meeting with the outcome replaced (nil: removed).
    public static func replacing(_ place: Place, with outcome: Outcome?) -> Meeting {
        var meeting = place.meeting
        if let outcome {
            meeting.agenda[place.item].outcomes[place.index] = outcome
        } else {
            meeting.agenda[place.item].outcomes.remove(at: place.index)
        }
        return meeting
    }

    /// A decision that answers a question: the question answered with the decision's text.
    public static func answering(_ question: Question, with outcome: Outcome, meetingID: String, by user: String, now: Date) -> Question {
        var answered = question
        answered.answer = Answer(text: outcome.text, by: user, date: now, meeting: meetingID)
        answered.status = .answered
        answered.updated = now
        return answered
    }
}
