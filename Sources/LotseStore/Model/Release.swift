import Foundation

/// An answer released for the volunteers' guide ("für Ehrenamtliche freigegeben"): who
/// released it, when, the day it was checked to hold ("Stand") and the day it must be
/// checked again ("prüfen bis"). It also holds a fingerprint of the texts it was given
/// for, so that any later edit of them, here, by a colleague's sync or by hand, sets the
/// answer back to "to be reviewed" without every editing path having to remember it.
///
/// The fields live in one shared, immutable box: most questions are never released, and a
/// release held in place would make each of 100,000 questions larger whether it has one or
/// not. A change makes a new release.
public struct Release: Codable, Hashable, Sendable {
    private final class Box: Sendable {
        let by: String
        let date: Date
        let stand: LocalDate
        let recheck: LocalDate
        let fingerprint: String

        init(by: String, date: Date, stand: LocalDate, recheck: LocalDate, fingerprint: String) {
            self.by = by
            self.date = date
            self.stand = stand
            self.recheck = recheck
            self.fingerprint = fingerprint
        }
    }

    private let box: Box

    /// Who released it: a role ("KI Soest"), as the user setting names it.
    public var by: String { box.by }
    /// When it was released.
    public var date: Date { box.date }
    /// The day as of which the answer holds, printed with it in the guide.
    public var stand: LocalDate { box.stand }
    /// The day by which it must be checked again; after it the answer is due.
    public var recheck: LocalDate { box.recheck }
    /// `Release.fingerprint(of:)` of the question as it was released.
    public var fingerprint: String { box.fingerprint }

    public init(by: String, date: Date, stand: LocalDate, recheck: LocalDate, fingerprint: String) {
        box = Box(by: by, date: date, stand: stand, recheck: recheck, fingerprint: fingerprint)
    }

    /// The same release, given by someone else: the commune's role where the retention
    /// policy replaces a person's name.
    public func released(by other: String) -> Release {
        Release(by: other, date: date, stand: stand, recheck: recheck, fingerprint: fingerprint)
    }

    /// The texts a release vouches for: the question as a general case, its answer and its
    /// sources. A change of category or communes moves it in the guide but says nothing
    /// new, so it does not ask for a review.
    public static func fingerprint(of question: Question) -> String {
        // The hash the false-alarm confirmations use, at its full width.
        let digits = PrivacyStamp.stamp([question.title, question.body, question.answer?.text ?? ""] + (question.answer?.sources ?? []))
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    private enum CodingKeys: String, CodingKey {
        case by, date, stand, recheck, fingerprint
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(by: try container.decode(String.self, forKey: .by),
                  date: try container.decode(Date.self, forKey: .date),
                  stand: try container.decode(LocalDate.self, forKey: .stand),
                  recheck: try container.decode(LocalDate.self, forKey: .recheck),
                  fingerprint: try container.decode(String.self, forKey: .fingerprint))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(by, forKey: .by)
        try container.encode(date, forKey: .date)
        try container.encode(stand, forKey: .stand)
        try container.encode(recheck, forKey: .recheck)
        try container.encode(fingerprint, forKey: .fingerprint)
    }

    public static func == (lhs: Release, rhs: Release) -> Bool {
        lhs.box === rhs.box || (lhs.by == rhs.by && lhs.date == rhs.date && lhs.stand == rhs.stand
            && lhs.recheck == rhs.recheck && lhs.fingerprint == rhs.fingerprint)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(by)
        hasher.combine(date)
        hasher.combine(stand)
        hasher.combine(recheck)
        hasher.combine(fingerprint)
    }
}

/// Where an answer stands for the guide.
public enum GuideState: Hashable, Sendable {
    /// Not released: it stays in the network.
    case unreleased
    /// Released and current: it is published.
    case released
    /// Released, but its texts changed since: it is not published until released again.
    case changed
    /// Released, but its "prüfen bis" day has passed: it is still published, marked due.
    case due

    /// Whether a coordinator should look at it again.
    public var needsReview: Bool { self == .changed || self == .due }
    /// Whether the guide carries it.
    public var isPublished: Bool { self == .released || self == .due }
}

extension Question {
    /// Where this question's answer stands for the guide on `today`.
    public func guideState(on today: LocalDate) -> GuideState {
        guard let release, answer != nil, status == .answered || status == .closed else { return .unreleased }
        if release.fingerprint != Release.fingerprint(of: self) { return .changed }
        return release.recheck < today ? .due : .released
    }
}
