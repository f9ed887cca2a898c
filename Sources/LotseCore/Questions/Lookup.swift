import Foundation
import LotseStore

/// Finding what a user typed on the command line: an id by any unique prefix, a commune
/// by slug or name, a category, a status by its English value or German label; all
/// case- and umlaut-insensitive. A miss says what would have been valid.
public enum LookupError: Error, Equatable, CustomStringConvertible {
    case unknownQuestion(String)
    case unknownMeeting(String)
    case ambiguousMeeting(String, matches: [String])
    case ambiguousQuestion(String, matches: [String])
    case unknownCommune(String, valid: [String])
    case unknownCategory(String, valid: [String])
    case unknownStatus(String, valid: [String])
    case unknownOutcome(String)
    case ambiguousOutcome(String, matches: [String])

    public var description: String {
        switch self {
        case .unknownMeeting(let prefix):
            return "no meeting has an id starting with \"\(prefix)\". `lotse meetings list` shows the ids."
        case .unknownOutcome(let prefix):
            return "no outcome has an id starting with \"\(prefix)\". `lotse meetings show ID` shows the ids."
        case .ambiguousOutcome(let prefix, let matches):
            return "\"\(prefix)\" is the start of \(matches.count) outcome ids; type more of it:\n  " + matches.joined(separator: "\n  ")
        case .ambiguousMeeting(let prefix, let matches):
            return "\"\(prefix)\" is the start of \(matches.count) meeting ids; type more of it:\n  " + matches.joined(separator: "\n  ")
        case .unknownQuestion(let prefix):
            return "no question has an id starting with \"\(prefix)\". `lotse questions list` shows the ids."
        case .ambiguousQuestion(let prefix, let matches):
            let shown = matches.prefix(10).joined(separator: "\n  ")
            let more = matches.count > 10 ? "\n  … and \(matches.count - 10) more" : ""
            return "\"\(prefix)\" is the start of \(matches.count) question ids; type more of it:\n  " + shown + more
        case .unknownCommune(let name, let valid):
            let guess = Nearest.match(name, in: valid.map(Lookup.communeName)).map { " Did you mean \($0)?" } ?? ""
            return "unknown commune \"\(name)\".\(guess) Valid: " + valid.joined(separator: ", ")
        case .unknownCategory(let name, let valid):
            return "unknown category \"\(name)\". Valid: " + valid.map { "\"\($0)\"" }.joined(separator: ", ")
        case .unknownStatus(let name, let valid):
            return "unknown status \"\(name)\". Valid: " + valid.joined(separator: ", ")
        }
    }
}

public enum Lookup {
    public static func question(_ prefix: String, in network: Network) throws(LookupError) -> Question {
        let matches = byPrefix(prefix, in: network.questions)
        guard let first = matches.first else { throw .unknownQuestion(prefix) }
        guard matches.count == 1 else {
            throw .ambiguousQuestion(prefix, matches: matches.map { "\($0.id)  \($0.title)" })
        }
        return first
    }

    public static func meeting(_ prefix: String, in network: Network) throws(LookupError) -> Meeting {
        let matches = byPrefix(prefix, in: network.meetings)
        guard let first = matches.first else { throw .unknownMeeting(prefix) }
        guard matches.count == 1 else {
            throw .ambiguousMeeting(prefix, matches: matches.map { "\($0.id)  \(Format.shortDate($0.start.date))  \($0.title)" })
        }
        return first
    }

    /// Records whose id starts with the prefix, ignoring case; none for an empty prefix.
    private static func byPrefix<R: Identifiable>(_ prefix: String, in records: [R]) -> [R] where R.ID == String {
        let wanted = prefix.uppercased()
        return wanted.isEmpty ? [] : records.filter { $0.id.hasPrefix(wanted) }
    }

    /// The name in a "slug (Name)" entry of the valid communes.
    public static func communeName(_ entry: String) -> String {
        guard let open = entry.firstIndex(of: "("), entry.hasSuffix(")") else { return entry }
        return String(entry[entry.index(after: open)..<entry.index(before: entry.endIndex)])
    }

    public static func commune(_ name: String, in network: Network) throws(LookupError) -> Commune {
        let wanted = TextFolding.fold(name).replacingOccurrences(of: "-", with: " ")
        func matches(slug: String, name commune: String) -> Bool {
            slug == name.lowercased() || TextFolding.fold(commune).replacingOccurrences(of: "-", with: " ") == wanted
                || TextFolding.fold(slug).replacingOccurrences(of: "-", with: " ") == wanted
        }
        // A commune merged into another finds the other.
        let hit = network.communes.first { matches(slug: $0.id, name: $0.name) }
            ?? network.communes.first { $0.formerly.contains { matches(slug: $0.slug, name: $0.name) } }
        guard let hit else {
            let valid = network.communes.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.name))" }
            throw .unknownCommune(name, valid: valid)
        }
        return hit
    }

    public static func category(_ name: String, in network: Network) throws(LookupError) -> String {
        let categories = network.manifest.categories
        if let exact = categories.first(where: { TextFolding.fold($0) == TextFolding.fold(name) }) { return exact }
        // A unique start is enough: "sprachm" for "Sprachmittlung".
        let starts = categories.filter { TextFolding.fold($0).hasPrefix(TextFolding.fold(name)) }
        if starts.count == 1, let only = starts.first, !name.isEmpty { return only }
        throw .unknownCategory(name, valid: categories)
    }

    public static func status(_ name: String) throws(LookupError) -> QuestionStatus {
        // "in Klärung", "in-klarung" and "in_klaerung" are all the same status.
        func plain(_ text: String) -> String {
            TextFolding.fold(text).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
                .replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o")
                .replacingOccurrences(of: "ue", with: "u")
        }
        let wanted = plain(name)
        for status in QuestionStatus.allCases
        where wanted == status.rawValue || wanted == plain(Strings.german.questionStatus(status)) {
            return status
        }
        let valid = QuestionStatus.allCases.map { "\($0.rawValue) (\(Strings.german.questionStatus($0)))" }
        throw .unknownStatus(name, valid: valid)
    }
}
