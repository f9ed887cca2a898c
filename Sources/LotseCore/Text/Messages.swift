import Foundation
import LotseStore

/// Every sentence that is not a label on screen: the errors and confirmations of the
/// dashboard and the command line, one table per language, chosen once per run. Errors
/// stay typed (`StoreError`, `LookupError`, `ExportError`, `StoreProblem`) until one of
/// these turns them into words.
public struct Messages: Sendable {
    public var storeError: @Sendable (StoreError) -> String
    public var lookupError: @Sendable (LookupError) -> String
    public var exportError: @Sendable (ExportError) -> String
    /// "path: reason" of a broken file.
    public var problem: @Sendable (StoreProblem) -> String
    /// A broken file met while running a command, which goes on without it.
    public var problemWarning: @Sendable (StoreProblem) -> String
    /// A record written by someone else between reading and writing it.
    public var changedMeanwhile: @Sendable (_ kind: RecordKind, _ id: String) -> String
    public var nothingWritten: String
    public var nothingToChange: String
    public var valid: @Sendable ([String]) -> String
    public var noneYet: String
    public var wrote: @Sendable (_ path: String) -> String
    public var createdStore: @Sendable (_ path: String, _ example: Bool) -> String
    public var createdExampleStore: @Sendable (_ path: String) -> String
    public var storeSummary: @Sendable (_ communes: Int, _ questions: Int, _ meetings: Int) -> String
    public var allValid: @Sendable (_ path: String, _ summary: String) -> String
    public var someInvalid: @Sendable (_ count: Int, _ summary: String) -> String
    public var communeRequired: @Sendable (_ valid: String) -> String
    public var mustNotBeEmpty: @Sendable (_ option: String) -> String
    public var mustBePositive: @Sendable (_ option: String) -> String
    public var icalNeedsOne: String
    /// `--organizer` without a valid e-mail address.
    public var badOrganizer: @Sendable (String) -> String
    public var answerTheTarget: @Sendable (_ id: String, _ target: String) -> String
    public var useMerge: @Sendable (_ id: String) -> String
    public var staysMerged: @Sendable (_ id: String) -> String
    public var noAnswerYet: @Sendable (_ id: String, _ typed: String) -> String
    public var alreadyStatus: @Sendable (_ id: String, _ status: String) -> String
    public var statusSet: @Sendable (_ id: String, _ status: String) -> String
    public var answered: @Sendable (_ id: String) -> String
    public var notIntoItself: String
    public var alreadyMerged: @Sendable (_ id: String) -> String
    public var targetMerged: @Sendable (_ id: String, _ target: String) -> String
    public var mergedInto: @Sendable (_ id: String, _ target: String) -> String
    /// A TOP added on the command line, with the time the meeting now ends.
    public var itemAdded: @Sendable (_ number: Int, _ title: String, _ end: String) -> String
    /// Why the dashboard cannot run in this terminal.
    public var termUnset: String
    public var unknownTerm: @Sendable (_ term: String) -> String
    public var cannotAddressCursor: @Sendable (_ term: String) -> String
    public var notATerminal: String
    public var themeNotFound: @Sendable (_ name: String, _ searched: String) -> String
    public var themeNotText: @Sendable (_ path: String) -> String
    /// A record field's name as a user knows it, for messages about merged fields.
    public var fieldName: @Sendable (String) -> String
    /// `check` was given a file where a store folder belongs.
    public var isAFile: @Sendable (_ path: String) -> String
    public var initNeedsPath: String
    // Communes on the command line.
    public var unknownKind: @Sendable (_ given: String) -> String
    public var badSlug: @Sendable (_ slug: String) -> String
    public var slugTaken: @Sendable (_ slug: String, _ name: String) -> String
    public var unknownCoordinator: @Sendable (_ name: String, _ commune: String, _ valid: [String]) -> String
    public var communeInUse: @Sendable (_ slug: String, _ questions: Int, _ meetings: Int) -> String
    public var communeRemoved: @Sendable (_ slug: String) -> String
    public var communeArchived: @Sendable (_ slug: String) -> String
    public var communeRestored: @Sendable (_ slug: String) -> String
    public var communeSaved: @Sendable (_ slug: String) -> String
    public var archivedMark: String
    public var communeMerged: @Sendable (_ source: String, _ target: String, _ records: Int) -> String
    public var categoryExists: @Sendable (_ existing: String) -> String
    public var categoryInUse: @Sendable (_ category: String, _ questions: Int) -> String
    public var categorySaved: @Sendable (_ category: String) -> String
    public var categoryRemoved: @Sendable (_ category: String) -> String
    public var categoryRenamed: @Sendable (_ old: String, _ new: String, _ questions: Int) -> String
    public var settingsIssue: @Sendable (_ issue: SettingsFile.Issue) -> String
    public var settingsFile, settingsFileMissing, settingFromLocale, settingDefault: String
    public var settingFrom: @Sendable (_ origin: String) -> String
    public var settingFromFile: @Sendable (_ line: Int) -> String
    public var warning: String
    public var another: String
}

/// Why an exported document (minutes, an agenda) could not be written.
public enum ExportError: Error, Hashable, Sendable {
    case folderMissing(path: String, folder: String)
    case notPermitted(path: String)
    case failed(path: String, reason: WriteCause)
}

extension WriteCause {
    /// The cause in German; `description` is the English.
    public var german: String {
        switch self {
        case .system(let code):
            switch code {
            case ENOSPC: return "kein Speicherplatz mehr"
            case EDQUOT: return "das Speicherkontingent ist erschöpft"
            case EACCES, EPERM: return "keine Berechtigung"
            case EROFS: return "das Laufwerk ist nur lesbar"
            case ENOENT: return "der Ordner fehlt"
            case ENOTDIR: return "ein Teil des Pfads ist kein Ordner"
            case EISDIR: return "dort steht ein Ordner"
            case EEXIST: return "dort steht schon etwas"
            case EIO: return "Lese- oder Schreibfehler des Laufwerks"
            case EMFILE, ENFILE: return "zu viele offene Dateien"
            case ELOOP: return "eine Verknüpfung führt im Kreis"
            default: return "Systemfehler \(code) (\(description))"
            }
        case .fileInTheWay: return "eine Datei dieses Namens steht im Weg"
        case .notAValidRecord: return "der Datensatz fehlt oder ist kein gültiges JSON"
        case .valueDoesNotFit: return "der andere Wert passt nicht in den Datensatz"
        case .cannotEncode(let detail): return "lässt sich nicht als JSON schreiben: \(detail)"
        case .described(let text): return text
        }
    }
}

extension Language {
    public var messages: Messages { self == .de ? .german : .english }
}
