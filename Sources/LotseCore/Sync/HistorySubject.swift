import LotseStore

/// The record whose history `H` shows: the one a details page is about.
public struct HistorySubject: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String
    /// How the pager's title names it.
    public var label: String

    public var file: String { "\(kind.folder)/\(id).json" }

    /// The record of the details page on top, if it shows one.
    static func current(in state: AppState) -> HistorySubject? {
        guard case .pager(let pager)? = state.top else { return nil }
        switch pager.page {
        case .question(let id):
            return state.question(id).map { HistorySubject(kind: .question, id: $0.id, label: "„\($0.title)“") }
        case .detail(.questions):
            return state.selectedQuestion.map { HistorySubject(kind: .question, id: $0.id, label: "„\($0.title)“") }
        case .detail(.meetings):
            return state.selectedMeeting.map { HistorySubject(kind: .meeting, id: $0.id, label: "„\($0.title)“") }
        case .detail(.communes):
            guard let id = state.selectedCommune, let commune = state.network.communes.first(where: { $0.id == id }) else { return nil }
            return HistorySubject(kind: .commune, id: commune.id, label: commune.name)
        default:
            return nil
        }
    }
}
