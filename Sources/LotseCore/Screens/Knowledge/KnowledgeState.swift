import LotseStore

/// Wissen: the answered questions, searched as you type; the selection holds a question id.
public struct KnowledgeState: Hashable, Sendable {
    public var query: String = ""
    public var editing = false
    public var selection = Selection()

    public init() {}

    public func selectedQuestion(in state: AppState) -> Question? {
        var selection = selection
        let hits = state.knowledgeHits(query)
        selection.resolve(in: hits.lazy.map(\.id), visible: 1)
        return selection.id.flatMap(state.question)
    }
}

extension KnowledgeState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .knowledge(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .knowledge(self) }
}
