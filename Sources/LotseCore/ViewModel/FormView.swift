import LotseStore

/// What the question form shows besides its fields: the problems at the fields (once the
/// user tried to save), the privacy warning, and the similar questions of all communes.
/// Derived in the core once per change, so that the screen only places it.
public struct QuestionFormView: Sendable {
    public var problems: [QuestionForm.Field: QuestionForm.Problem]
    public var privacy: [PrivacyCheck.Finding]
    public var similar: [Question]


}

/// The stems of every question's title and tags, so that the similar-question search
/// while typing compares word sets instead of folding every title again at every key.
struct SimilarityIndex: Sendable {
    var entries: [(question: Question, stems: Set<String>)]
    /// For each stem, the entries that have it: a title typed is scored only against the
    /// questions that share a stem with it, by counting, not against all of them.
    var postings: [String: [Int32]] = [:]
    /// The stems in order, so that a word typed finds the compounds it begins
    /// ("wohnung" → "wohnungssuch") by a binary search, not a scan.
    var sortedStems: [String] = []

    init(network: Network) {
        entries = network.questions.filter { $0.status != .merged }
            .map { ($0, Similarity.stems($0.title + " " + $0.tags.joined(separator: " "))) }
        for (position, entry) in entries.enumerated() {
            for stem in entry.stems { postings[stem, default: []].append(Int32(position)) }
        }
        sortedStems = postings.keys.sorted()
    }

    /// The stems that begin with `prefix`.
    func stems(beginningWith prefix: String) -> ArraySlice<String> {
        var low = 0, high = sortedStems.count
        while low < high {
            let middle = (low + high) / 2
            if sortedStems[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < sortedStems.count, sortedStems[end].hasPrefix(prefix) { end += 1 }
        return sortedStems[low..<end]
    }
}

extension AppState {
    /// The question form's view model, derived when a frame is drawn: while a paste
    /// arrives, thousands of keys are reduced between two frames, and none of them should
    /// search the similar questions or scan the text for personal data again.
    public func view(of form: QuestionForm) -> QuestionFormView {
        QuestionFormView(
            problems: form.showProblems ? form.problems(categories: network.manifest.categories) : [:],
            privacy: PrivacyCheck.findings(in: form.title.text + "\n" + form.body.text),
            similar: SimilarQuestions.find(for: form.title.text, in: similarityIndex, excluding: form.base?.id))
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

    /// Keeps the word stems of all questions current while a question form is open
    /// (called from `normalize`); they change only with the records.
    mutating func refreshSimilarityIndex() {
        guard case .question? = form, memo.value.similarity?.revision != memo.value.revision else { return }
        memo.value.similarity = .init(revision: memo.value.revision, index: SimilarityIndex(network: network))
    }
}
