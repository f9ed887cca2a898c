import LotseStore

/// What the question form shows besides its fields: the problems at the fields (once the
/// user tried to save), the privacy warning, and the similar questions of all communes.
/// Derived in the core once per change, so that the screen only places it.
public struct QuestionFormView: Sendable {
    public var problems: [QuestionForm.Field: QuestionForm.Problem]
    public var privacy: [PrivacyCheck.Finding]
    public var similar: [Question]

    struct Key: Equatable, Sendable {
        var revision: Int
        var title: String
        var body: String
        var base: String?
        var showProblems: Bool
        var category: String
    }
}

/// The stems of every question's title and tags, so that the similar-question search
/// while typing compares word sets instead of folding every title again at every key.
struct SimilarityIndex: Sendable {
    var entries: [(question: Question, stems: Set<String>)]

    init(network: Network) {
        entries = network.questions.filter { $0.status != .merged }
            .map { ($0, Similarity.stems($0.title + " " + $0.tags.joined(separator: " "))) }
    }
}

extension AppState {
    /// The question form's view model: from the memo when current, else derived now.
    public func view(of form: QuestionForm) -> QuestionFormView {
        let key = formKey(form)
        if let cached = memo.value.questionForm, cached.key == key { return cached.view }
        return makeView(of: form, key: key, index: similarityIndex)
    }

    /// The problems a meeting, TOP or outcome form shows at its fields, once the user
    /// tried to save.
    public func problems(of form: FieldForm) -> [FieldForm.FieldID: MeetingForms.Problem] {
        form.showProblems ? MeetingForms.problems(form, network: network, today: today) : [:]
    }

    var similarityIndex: SimilarityIndex {
        if let cached = memo.value.similarity, cached.revision == memo.value.revision { return cached.index }
        return SimilarityIndex(network: network)
    }

    func formKey(_ form: QuestionForm) -> QuestionFormView.Key {
        QuestionFormView.Key(revision: memo.value.revision, title: form.title.text, body: form.body.text, base: form.base?.id,
                             showProblems: form.showProblems, category: form.category)
    }

    func makeView(of form: QuestionForm, key: QuestionFormView.Key, index: SimilarityIndex) -> QuestionFormView {
        QuestionFormView(
            problems: form.showProblems ? form.problems(categories: network.manifest.categories) : [:],
            privacy: PrivacyCheck.findings(in: form.title.text + "\n" + form.body.text),
            similar: SimilarQuestions.find(for: form.title.text, in: index.entries, excluding: form.base?.id))
    }

    /// The questions a duplicate can be merged into, most similar first.
    public func candidates(for picker: MergePicker) -> [Question] {
        if let cached = memo.value.merge, cached.revision == memo.value.revision, cached.source == picker.source.id,
           cached.filter == picker.filter.text {
            return cached.candidates
        }
        return picker.candidates(in: network)
    }

    /// Keeps the open merge picker's candidates current (called from `normalize`).
    mutating func refreshMergeCandidates() {
        guard case .merge(let picker)? = dialog else { return }
        let revision = memo.value.revision
        if let cached = memo.value.merge, cached.revision == revision, cached.source == picker.source.id,
           cached.filter == picker.filter.text {
            return
        }
        memo.value.merge = .init(revision: revision, source: picker.source.id, filter: picker.filter.text,
                                 candidates: picker.candidates(in: network))
    }

    /// Keeps the open question form's view model current (called from `normalize`).
    mutating func refreshFormView() {
        guard case .question(let form)? = form else { return }
        let revision = memo.value.revision
        if memo.value.similarity?.revision != revision {
            memo.value.similarity = .init(revision: revision, index: SimilarityIndex(network: network))
        }
        let key = formKey(form)
        guard memo.value.questionForm?.key != key else { return }
        memo.value.questionForm = .init(key: key, view: makeView(of: form, key: key, index: similarityIndex))
    }
}
