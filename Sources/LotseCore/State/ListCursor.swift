/// The selected row of a list and the first row it shows. Kept together, because the
/// offset must follow the selection in the least surprising way: scroll only when the
/// selection would leave the visible rows.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Clamps to `count` rows with `visible` of them on screen.
    public mutating func clamp(count: Int, visible: Int) {
        let visible = max(1, visible)
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
    }

    public mutating func move(by delta: Int, count: Int, visible: Int) {
        selected += delta
        clamp(count: count, visible: visible)
    }

    /// Moves for a navigation command (a row, a page, to either end); false when the
    /// command is not one of those.
    public mutating func follow(_ command: Command, count: Int, visible: Int) -> Bool {
        switch command {
        case .moveUp: move(by: -1, count: count, visible: visible)
        case .moveDown: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -visible, count: count, visible: visible)
        case .pageDown: move(by: visible, count: count, visible: visible)
        case .moveToTop: move(by: -count, count: count, visible: visible)
        case .moveToBottom: move(by: count, count: count, visible: visible)
        default: return false
        }
        return true
    }
}
