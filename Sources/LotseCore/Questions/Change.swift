import Foundation
import LotseStore

/// One user-visible change to the store: the writes it needs, each with the version it
/// expects on disk. Undo is the same value inverted, so undoing goes through the same
/// conflict checks as doing.
public struct Change: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case create, edit, status(QuestionStatus), answer, assign, merge, delete
        /// Meetings: the meeting itself, its agenda, the timer, attendance, outcomes,
        /// a measure's status, putting a question on the agenda, ending the meeting.
        case meeting, agenda, timer, attendance, outcome, measure(Outcome.MeasureStatus), scheduled, ended, approved
        /// A commune added, edited, archived or removed.
        case commune
        /// The list of categories, with the questions a rename reaches.
        case categories
        /// Personal data removed or pseudonymised by the retention policy.
        case purge
        /// The retention policy itself changed.
        case policy
        /// An answer released for the volunteers' guide, or its release withdrawn.
        case release, withdraw
        /// The guide's settings changed.
        case guide
    }

    /// `store.json` changed together with the records (the categories).
    public struct ManifestChange: Hashable, Sendable {
        public var new: StoreManifest
        public var base: StoreManifest

        public init(new: StoreManifest, base: StoreManifest) {
            self.new = new
            self.base = base
        }
    }

    public struct Write: Hashable, Sendable {
        public var id: String
        /// The new version; nil deletes the file.
        public var new: Record?
        /// The version expected on disk; nil when the record must not exist yet.
        public var base: Record?

        public init(id: String, new: Record?, base: Record?) {
            self.id = id
            self.new = new
            self.base = base
        }

        public init(id: String, new: Question?, base: Question?) {
            self.init(id: id, new: new.map(Record.question), base: base.map(Record.question))
        }

        public init(meeting new: Meeting, base: Meeting?) {
            self.init(id: new.id, new: .meeting(new), base: base.map(Record.meeting))
        }

        public var kind: RecordKind { (new ?? base)?.kind ?? .question }
    }

    public var kind: Kind
    public var writes: [Write]
    /// True for the inverse of an earlier change: it does not go on the undo stack.
    public var isUndo: Bool
    /// The change again, after it was undone (Ctrl-R): it does not clear what else can be redone.
    public var isRedo = false
    /// Write this side's value into the fields both sides changed (the user chose
    /// "mine" in the conflict dialog); the other side's other changes are kept.
    public var force: Bool
    /// The fields that came from someone else's change when this one was merged on disk.
    public var mergedFields: [String]
    public var manifest: ManifestChange?

    public init(_ kind: Kind, writes: [Write], isUndo: Bool = false, force: Bool = false, mergedFields: [String] = [],
                manifest: ManifestChange? = nil) {
        self.manifest = manifest
        self.kind = kind
        self.writes = writes
        self.isUndo = isUndo
        self.force = force
        self.mergedFields = mergedFields
    }

    /// The writes as the store takes them.
    public var recordWrites: [RecordWrite] {
        writes.map { RecordWrite(kind: $0.kind, id: $0.id, new: $0.new, base: $0.base) }
    }

    /// One meeting written over the version this process holds.
    public static func meeting(_ kind: Kind, _ new: Meeting, base: Meeting?) -> Change {
        Change(kind, writes: [Write(meeting: new, base: base)])
    }

    public var inverse: Change {
        Change(kind, writes: writes.reversed().map { Write(id: $0.id, new: $0.base, base: $0.new) }, isUndo: true,
               manifest: manifest.map { ManifestChange(new: $0.base, base: $0.new) })
    }

    /// What Ctrl-R does after an undo: the undone change again.
    public var redoing: Change {
        var change = inverse
        change.isUndo = false
        change.isRedo = true
        return change
    }

    /// The record a change is about, by its title, for the notice that says what happened.
    public var subject: String? {
        for write in writes {
            switch write.new ?? write.base {
            case .question(let question)?: return question.title
            case .meeting(let meeting)?: return meeting.title
            case .commune(let commune)?: return commune.name
            case nil: continue
            }
        }
        return nil
    }
}

extension Change {
    /// Merging: the target gains the duplicate's communes; the duplicate points to it.
    public static func merge(_ source: Question, into target: Question, now: Date) -> Change {
        var gaining = target
        for commune in source.communes where !gaining.communes.contains(commune) {
            gaining.communes.append(commune)
        }
        gaining.updated = now
        var duplicate = source
        duplicate.status = .merged
        duplicate.duplicateOf = target.id
        duplicate.updated = now
        return Change(.merge, writes: [
            .init(id: target.id, new: gaining, base: target),
            .init(id: source.id, new: duplicate, base: source),
        ])
    }
}
