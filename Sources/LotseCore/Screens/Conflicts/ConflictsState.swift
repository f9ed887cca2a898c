import LotseStore

/// The values that lost when two machines changed the same field: for each, take the value
/// that lost, or keep the one in force. Either way the entry goes, on every machine after
/// the next sync. The list stands above, the selected one's two values in full below it,
/// so the choice is made seeing both. The selection holds the conflict's id.
public struct ConflictsState: ListScreen {
    public enum Action: String, ScreenAction {
        case takeOther, keepCurrent

        public func words(in language: Language) -> BindingWords {
            let t = language.conflictsTexts
            switch self {
            case .takeOther: return t.takeOther
            case .keepCurrent: return t.keepCurrent
            }
        }
    }

    public static let id = "conflicts"
    public static let keys: [ListKey<ConflictsState>] = [
        .action([.enter, .character("t")], .takeOther, hint: 2),
        .action([.character("b")], .keepCurrent, hint: 3),
        .command([.escape], .back, hint: 4),
        .command([.character("L")], .syncLog, hint: 5),
    ]

    public var selection = Selection()

    public init() {}

    public static func helpHeading(in language: Language) -> String { language.conflictsTexts.heading }

    /// Rows of the list: the upper part of the frame; the rest shows both values.
    public static func listHeight(_ size: Size) -> Int { max(1, (size.height - 4) / 2 - 1) }

    public func makeRows(in state: AppState) -> [SyncConflict] { state.network.syncConflicts }

    public func id(of row: SyncConflict, at index: Int) -> String { row.id }

    public mutating func perform(_ action: Action, on row: SyncConflict?, in state: inout AppState) -> [Effect] {
        guard let row else { return [] }
        return [.settle(row, takingOther: action == .takeOther)]
    }

    public func title(in state: AppState) -> String { state.language.conflictsTexts.title }

    public func emptyText(in state: AppState) -> String { state.language.conflictsTexts.empty }

    public func line(for row: SyncConflict, among rows: [SyncConflict], in state: AppState, width: Int) -> ListRow {
        let record = ConflictLabel.record(row, in: state.network) ?? state.language.conflictsTexts.recordGone
        return ListRow([TextSpan(record)], trailing: TextSpan(ConflictLabel.field(row.path, messages: state.language.messages), .muted))
    }

    /// Both values, each with who set it and when, wrapped beside their labels; each side
    /// gets at most half the lines.
    public func pane(for row: SyncConflict, in state: AppState, width: Int, height: Int) -> ListPane? {
        let t = state.language.conflictsTexts
        let labelWidth = max(DisplayWidth.of(t.keptLabel), DisplayWidth.of(t.otherLabel)) + 2
        let valueWidth = max(1, width - labelWidth - 2)
        let room = max(1, height / 2)
        let sides: [(String, JSONValue?, TextSpan.Emphasis, String?)] = [
            (t.keptLabel, row.kept, .plain, ConflictLabel.origin(by: row.keptBy, at: row.keptAt, timeZone: state.timeZone)),
            (t.otherLabel, row.other, .warning, ConflictLabel.origin(by: row.otherBy, at: row.otherAt, timeZone: state.timeZone)),
        ]
        var lines: [[TextSpan]] = []
        for (label, value, emphasis, origin) in sides {
            let text = value.map { ConflictValue.text($0) } ?? state.language.syncMessages.absent
            // Who set it and when first, then the value.
            let values = (origin.map { [TextSpan(DisplayWidth.truncate($0, to: valueWidth), .muted)] } ?? [])
                + Wrap.lines(TerminalSafe.visible(text), width: valueWidth).map { TextSpan($0, emphasis) }
            let labelSpan = TextSpan(label + ":", .muted)
            let gap = TextSpan(String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label + ":"))))
            let shown = values.prefix(room)
            if shown.isEmpty { lines.append([labelSpan]) }
            for (offset, span) in shown.enumerated() {
                lines.append((offset == 0 ? [labelSpan, gap] : [TextSpan(String(repeating: " ", count: labelWidth))]) + [span])
            }
        }
        return ListPane(lines: Array(lines.prefix(height)), footer: t.footer)
    }
}
