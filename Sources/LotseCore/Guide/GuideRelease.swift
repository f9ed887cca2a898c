import Foundation
import LotseStore

/// Releasing an answer for the volunteers' guide and withdrawing it: one rule for the
/// dashboard and the command line, so that both refuse the same things with the same words.
public enum GuideRelease {
    /// Why an answer cannot be released.
    public enum Refusal: Error, Equatable, Sendable {
        /// No answer yet, or the question is still open or being clarified.
        case notAnswered(id: String)
        /// Merged into another question: the other one carries the answer.
        case merged(id: String, into: String)
        /// The "prüfen bis" day given is not after today.
        case recheckNotAfter(LocalDate, today: LocalDate)
        /// Withdrawing what was never released.
        case notReleased(id: String)
    }

    /// The day a release made today must be checked again by: the category's months after
    /// today, as the store's guide settings say.
    public static func recheckDay(for question: Question, today: LocalDate, settings: GuideSettings) -> LocalDate {
        today.adding(months: settings.recheckMonths(for: question.category))
    }

    /// The question released (or released again, after an edit or when it was due) by
    /// `role`, "Stand" today. `recheck` overrides the category's period.
    public static func release(_ question: Question, by role: String, now: Date, today: LocalDate,
                               recheck: LocalDate? = nil, settings: GuideSettings) throws(Refusal) -> Question {
        if question.status == .merged { throw .merged(id: question.id, into: question.duplicateOf ?? "") }
        guard KnowledgeSearch.isKnowledge(question) else { throw .notAnswered(id: question.id) }
        let until = recheck ?? recheckDay(for: question, today: today, settings: settings)
        guard today < until else { throw .recheckNotAfter(until, today: today) }
        var released = question
        released.release = Release(by: role, date: now, stand: today, recheck: until,
                                   fingerprint: Release.fingerprint(of: question))
        released.updated = now
        return released
    }

    /// The question without its release: it stays in the network only.
    public static func withdraw(_ question: Question, now: Date) throws(Refusal) -> Question {
        guard question.release != nil else { throw .notReleased(id: question.id) }
        var withdrawn = question
        withdrawn.release = nil
        withdrawn.updated = now
        return withdrawn
    }

    /// The released answers that want a look: edited since, or past their "prüfen bis"
    /// day, or (with `within`) reaching it in that many days. Soonest first, edited ones
    /// before all.
    public static func due(_ questions: [Question], today: LocalDate, withinDays within: Int = 0) -> [(Question, GuideState)] {
        let horizon = today.adding(days: within)
        var found: [(Question, GuideState)] = []
        for question in questions where question.release != nil {
            let state = question.guideState(on: today)
            if state.needsReview {
                found.append((question, state))
            } else if state == .released, let release = question.release, within > 0, release.recheck < horizon {
                found.append((question, state))
            }
        }
        return found.sorted { a, b in
            let (x, y) = (a.0.release?.recheck ?? today, b.0.release?.recheck ?? today)
            if (a.1 == .changed) != (b.1 == .changed) { return a.1 == .changed }
            return (x, a.0.id) < (y, b.0.id)
        }
    }
}
