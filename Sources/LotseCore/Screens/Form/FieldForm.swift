import LotseStore

/// A form of labelled one-line fields: the forms of the meeting work (a meeting, a TOP,
/// an outcome captured during the meeting). One type, so that typing, moving between
/// fields, validation marks and the discard question work the same in all of them.
public struct FieldForm: Hashable, Sendable {
    /// What the form makes when it is saved.
    public enum Purpose: Hashable, Sendable {
        /// A new meeting (base nil) or an edit of one.
        case meeting(base: Meeting?)
        /// A new TOP at the end of the agenda (index nil) or an edit of the TOP at index.
        case item(meetingID: String, index: Int?)
        /// A note, decision or measure for the TOP at index, captured in meeting mode.
        case outcome(meetingID: String, index: Int, kind: Outcome.Kind)
        /// A new commune (base nil) or an edit of one: name, kind and notes.
        case commune(base: Commune?)
        /// A new category (nil) or a rename of one.
        case category(old: String?)
        /// A coordinator of a commune: new (nil) or the one at the index, edited.
        case coordinator(communeID: String, index: Int?)
        /// The network's retention policy (months until names go).
        case policy
        /// An outcome already recorded, corrected.
        case editOutcome(meetingID: String, outcomeID: String)
    }

    public enum FieldID: Hashable, Sendable {
        case title, date, time, place, invited, presenter, minutes, description, text, owner, due
        case name, kind, notes, role, phone, email
        /// A coordinator: named in the volunteers' guide, or only their role.
        case inGuide
        /// The retention policy: months until attendance names go, until question names are replaced.
        case attendanceMonths, namesMonths
        /// For a decision: which linked question it answers (a choice, not text).
        case answers
    }

    public struct Field: Hashable, Sendable {
        public var id: FieldID
        public var editor: TextEditor
        /// A field chosen from a list rather than typed (a commune's kind, the invited
        /// communes); its text follows the choice, so saving reads it like any field.
        public var choices: Choices?

        public init(_ id: FieldID, _ text: String = "") {
            self.id = id
            self.editor = TextEditor(text)
        }

        /// A field that takes one of `options` (←→ or the space bar), or several of them
        /// (↑↓ and the space bar) when `multiple`, with the chosen ones from `text`.
        public init(_ id: FieldID, options: [String], multiple: Bool, _ text: String) {
            self.id = id
            self.editor = TextEditor(text)
            var choices = Choices(options: options, multiple: multiple)
            choices.choose(from: text)
            self.choices = choices
            self.editor.set(choices.text)
        }
    }

    /// The options of a field chosen from a list, and which are chosen.
    public struct Choices: Hashable, Sendable {
        public var options: [String]
        public var multiple: Bool
        public var chosen: Set<Int> = []
        /// The option under the cursor of a list of several choices.
        public var cursor = 0

        /// Chooses the options a text names, as the command line gives them ("Soest, Werl"):
        /// ignoring case and umlauts; one choice takes the first option when none matches.
        mutating func choose(from text: String) {
            let names = Set(text.split(separator: ",").map { TextFolding.fold($0.trimmingCharacters(in: .whitespaces)) })
            chosen = Set(options.indices.filter { names.contains(TextFolding.fold(options[$0])) })
            if !multiple {
                chosen = [chosen.min() ?? 0]
                cursor = chosen.first ?? 0
            }
        }

        /// The field's text: the chosen options in their order, with commas.
        public var text: String {
            options.indices.filter(chosen.contains).map { options[$0] }.joined(separator: ", ")
        }

        /// Takes a key; false when it is not for the list (↑ on the first option moves to
        /// the field above).
        mutating func handle(_ key: Key) -> Bool {
            guard !options.isEmpty else { return false }
            if !multiple, [.left, .right, .character(" ")].contains(key) {
                let now = chosen.first ?? 0
                cursor = (now + (key == .left ? options.count - 1 : 1)) % options.count
                chosen = [cursor]
                return true
            }
            switch key {
            case .character(" "):
                if chosen.contains(cursor) { chosen.remove(cursor) } else { chosen.insert(cursor) }
            case .up where multiple:
                guard cursor > 0 else { return false }
                cursor -= 1
            case .down where multiple:
                guard cursor < options.count - 1 else { return false }
                cursor += 1
            case .home where multiple: cursor = 0
            case .end where multiple: cursor = options.count - 1
            case .control("u") where multiple: chosen = []
            case .character(let character):
                // A letter goes to the next option that starts with it.
                let letter = TextFolding.fold(String(character))
                let order = (1 ... options.count).map { (cursor + $0) % options.count }
                guard let next = order.first(where: { TextFolding.fold(options[$0]).hasPrefix(letter) }) else { return true }
                cursor = next
                if !multiple { chosen = [next] }
            case .backspace, .delete:
                return true
            default:
                return false
            }
            return true
        }
    }

    public var purpose: Purpose
    public var fields: [Field]
    public var focus: Int
    /// The questions a decision can answer, and which one is chosen (nil: none).
    public var choices: [String]
    public var choice: Int?
    /// Errors show at the fields once a save was tried.
    public var showProblems: Bool
    /// A save is on its way to disk; the form closes when it lands.
    public var saving: Bool
    private var initial: [String]

    public init(_ purpose: Purpose, fields: [Field], choices: [String] = []) {
        self.purpose = purpose
        self.fields = fields
        self.focus = 0
        self.choices = choices
        self.choice = nil
        self.showProblems = false
        self.saving = false
        self.initial = fields.map(\.editor.text)
    }

    public func text(_ id: FieldID) -> String {
        (fields.first { $0.id == id }?.editor.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Fills a field as if typed, for the command line, which checks and saves its
    /// options through the same form as the dashboard.
    public mutating func set(_ id: FieldID, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        // The text as given, so that a name that is not among the options is refused by
        // the form's check rather than dropped.
        fields[index].editor.set(text)
        fields[index].choices?.choose(from: text)
    }

    public var focused: FieldID? { fields.indices.contains(focus) ? fields[focus].id : nil }

    public var isDirty: Bool { fields.map(\.editor.text) != initial || choice != nil }

    public mutating func move(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    /// Gives a key to the focused field; false when it is not for the field.
    public mutating func handle(_ key: Key) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        if fields[focus].id == .answers {
            guard key == .character(" ") || key == .left || key == .right else { return false }
            guard !choices.isEmpty else { return true }
            // Cycle through "none" and each linked question.
            let values: [Int?] = [nil] + choices.indices.map(Optional.some)
            let position = values.firstIndex(of: choice) ?? 0
            choice = values[(position + (key == .left ? values.count - 1 : 1)) % values.count]
            return true
        }
        if var choices = fields[focus].choices {
            guard choices.handle(key) else { return false }
            fields[focus].choices = choices
            fields[focus].editor.set(choices.text)
            return true
        }
        return fields[focus].editor.handle(key)
    }
}
