import LotseStore

/// Taking in a store read again after a few files changed, at a cost in proportion to
/// those files where it can be: at 100,000 questions, comparing every record or deriving
/// every list anew is what a colleague's edit would otherwise cost the screen.
extension AppState {
    /// Whether the store as read again holds what the screen shows, judged by the questions
    /// of the files read again (see `LoadedStore.refresh`) and the few communes and
    /// meetings. The rest of the reader's questions are those the screen was last given.
    func shows(_ network: Network, _ problems: [StoreProblem], changed: [String: Int?]) -> Bool {
        guard problems == self.problems, network.manifest == self.network.manifest,
              network.communes == self.network.communes, network.meetings == self.network.meetings,
              network.syncConflicts == self.network.syncConflicts,
              network.questions.count == self.network.questions.count else { return false }
        return changed.allSatisfy { id, position in
            let theirs = position.flatMap { network.questions.indices.contains($0) ? network.questions[$0] : nil }
            return theirs == question(id)
        }
    }

    /// Takes the store as read again. When the changed questions stand where they stood and
    /// differ in nothing the lists are ordered by, the index of the questions by id and the
    /// question list's order stay valid and are carried over, rather than made anew.
    mutating func take(_ network: Network, _ problems: [StoreProblem], changed: [String: Int?]?) {
        let revision = memo.value.revision
        var keepsPlaces = false
        if let changed, memo.value.questionIndexRevision == revision,
           network.questions.count == self.network.questions.count, network.communes == self.network.communes {
            keepsPlaces = changed.allSatisfy { id, position in
                guard let position, memo.value.questionIndex[id] == position,
                      self.network.questions.indices.contains(position), network.questions.indices.contains(position) else { return false }
                let mine = self.network.questions[position], theirs = network.questions[position]
                return mine.id == id && theirs.id == id && mine.created == theirs.created && mine.communes == theirs.communes
                    && mine.category == theirs.category && mine.status == theirs.status
            }
        }
        self.network = network
        self.problems = problems
        guard keepsPlaces else { return }
        memo.value.questionIndexRevision = memo.value.revision
        if memo.value.order?.revision == revision { memo.value.order?.revision = memo.value.revision }
    }
}
