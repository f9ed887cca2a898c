import Foundation
import LotseStore

/// The form for a new question or an edit: commune(s), title, body, category, tags,
/// assignee. It keeps the version it started from, so a save can tell whether someone
/// else changed the question meanwhile.
public struct QuestionForm: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case title, communes, category, tags, assignee, body
    }

    public enum Problem: Hashable, Sendable {
        case titleRequired, communeRequired, unknownCategory(String)
    }

    /// The question as it was when the form opened; nil for a new one.
    public var base: Question?
    public var title: TextEditor
    public var communes: [String]
    public var category: String
    public var tags: TextEditor
    public var assignee: TextEditor
    public var body: TextEditor
    public var field: Field
    /// The highlighted row of the commune or category list.
    public var pickerRow: Int
    /// Errors show at the fields once a save was tried.
    public var showProblems: Bool
    /// A save is on its way to disk; the form closes when it lands.
    public var saving: Bool

    public init(new commune: String?, category: String) {
        base = nil
        title = TextEditor()
        communes = commune.map { [$0] } ?? []
        self.category = category
        tags = TextEditor()
        assignee = TextEditor()
        body = TextEditor(multiline: true)
        field = .title
        pickerRow = 0
        showProblems = false
        saving = false
    }

    public init(editing question: Question) {
        self.init(new: nil, category: question.category)
        base = question
        title.set(question.title)
        communes = question.communes
        tags.set(question.tags.joined(separator: ", "))
        assignee.set(question.assignee ?? "")
        body.set(question.body)
    }

    public var tagList: [String] { Self.tags(in: tags.text) }

    /// Tags as people type them, separated by commas: the form and `questions add --tag`
    /// read them the same way, each once.
    public static func tags(in text: String) -> [String] {
        var result: [String] = []
        for tag in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !tag.isEmpty && !result.contains(tag) {
            result.append(tag)
        }
        return result
    }

    /// The category list of the form: "none" first (an empty category), then the store's.
    /// Nothing is chosen for the coordinator: a new question starts without one.
    public static func categoryChoices(_ categories: [String]) -> [String] {
        [""] + categories
    }

    public func problems(categories: [String]) -> [Field: Problem] {
        var result: [Field: Problem] = [:]
        if title.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result[.title] = .titleRequired }
        if communes.isEmpty { result[.communes] = .communeRequired }
        if !category.isEmpty, !categories.contains(category) { result[.category] = .unknownCategory(category) }
        return result
    }

    /// The record this form describes.
    public func question(id: String, now: Date, user: String) -> Question {
        let assigneeText = assignee.text.trimmingCharacters(in: .whitespaces)
        var question = base ?? Question(id: id, communes: [], title: "", category: category, created: now, loggedBy: user)
        question.title = title.text.trimmingCharacters(in: .whitespacesAndNewlines)
        question.communes = communes
        question.category = category
        question.tags = tagList
        question.assignee = assigneeText.isEmpty ? nil : assigneeText
        question.body = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        question.updated = now
        return question
    }

    /// Whether anything differs from what the form opened with.
    public var isDirty: Bool {
        guard let base else {
            return !title.text.isEmpty || !body.text.isEmpty || !tags.text.isEmpty || !assignee.text.isEmpty
        }
        let start = QuestionForm(editing: base)
        return title.text != start.title.text || communes != start.communes || category != start.category
            || tags.text != start.tags.text || assignee.text != start.assignee.text || body.text != start.body.text
    }

    /// The editor of the focused field, when it is a text field.
    public var editor: TextEditor? {
        switch field {
        case .title: return title
        case .tags: return tags
        case .assignee: return assignee
        case .body: return body
        case .communes, .category: return nil
        }
    }

    /// Applies a key to the focused text field in place (no copy of its text per key);
    /// nil when the focused field is not text, else whether the key was for text.
    public mutating func handleInFocusedEditor(_ key: Key) -> Bool? {
        switch field {
        case .title: return title.handle(key)
        case .tags: return tags.handle(key)
        case .assignee: return assignee.handle(key)
        case .body: return body.handle(key)
        case .communes, .category: return nil
        }
    }
}

/// The form for answering: the answer text and its sources.
public struct AnswerForm: Hashable, Sendable {
    public var base: Question
    public var text: TextEditor
    public var sources: TextEditor
    /// 0: the answer, 1: the sources.
    public var field: Int
    public var showProblems: Bool
    public var saving: Bool

    public init(_ question: Question) {
        base = question
        text = TextEditor(question.answer?.text ?? "", multiline: true)
        sources = TextEditor(question.answer?.sources.joined(separator: "; ") ?? "")
        field = 0
        showProblems = false
        saving = false
    }

    public var sourceList: [String] {
        sources.text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public var isValid: Bool { !text.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public var isDirty: Bool {
        text.text != (base.answer?.text ?? "") || sources.text != (base.answer?.sources.joined(separator: "; ") ?? "")
    }
}
