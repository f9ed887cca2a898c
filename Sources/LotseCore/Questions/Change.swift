import LotseStore

/// One user-visible change to the store: the writes it needs, each with the version it
/// expects on disk. Undo is the same value inverted, so undoing goes through the same
/// conflict checks as doing.
public struct Change: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case create, edit, status(QuestionStatus), answer, assign, merge, delete
    }

    public struct Write: Hashable, Sendable {
        public var id: String
        /// The new version; nil deletes the file.
        public var new: Question?
        /// The version expected on disk; nil when the question must not exist yet.
        public var base: Question?

        public init(id: String, new: Question?, base: Question?) {
            self.id = id
            self.new = new
            self.base = base
        }
    }

    public var kind: Kind
    public var writes: [Write]
    /// True for the inverse of an earlier change: it does not go on the undo stack.
    public var isUndo: Bool

    public init(_ kind: Kind, writes: [Write], isUndo: Bool = false) {
        self.kind = kind
        self.writes = writes
        self.isUndo = isUndo
    }

    public var inverse: Change {
        Change(kind, writes: writes.reversed().map { Write(id: $0.id, new: $0.base, base: $0.new) }, isUndo: true)
    }
}
