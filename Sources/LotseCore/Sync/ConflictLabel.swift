import LotseStore

/// How a sync conflict is named to a person: the record by its title, the field by the
/// name the screens use.
public enum ConflictLabel {
    /// "„Wohnsitzauflage …“ (01J…)"; nil when the record is gone.
    public static func record(_ conflict: SyncConflict, in network: Network) -> String? {
        let title: String?
        switch conflict.kind {
        case .question: title = network.questions.first { $0.id == conflict.recordID }?.title
        case .meeting: title = network.meetings.first { $0.id == conflict.recordID }?.title
        case .commune: title = network.communes.first { $0.id == conflict.recordID }?.name
        }
        return title.map { "„" + TerminalSafe.visible($0, keeping: []) + "“" }
    }

    /// The field's name; inside a list element, the outer field's name and the element's
    /// key ("Tagesordnung › title").
    public static func field(_ path: [String], messages: Messages) -> String {
        path.filter { !$0.contains(":") }.enumerated()
            .map { index, key in index == 0 ? messages.fieldName(key) : key }
            .joined(separator: " › ")
    }
}
