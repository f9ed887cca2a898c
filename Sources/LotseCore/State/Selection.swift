/// A list's selection held by identity: the selected row's id, where that row was last
/// seen, and the first row on screen. A reload, a save, a filter or a sort change moves
/// rows around; the selection finds its row again by id, so a command never lands on a
/// record the user did not pick. When the row is gone, the row now at its old place (its
/// nearest neighbour) is selected instead.
public struct Selection: Hashable, Sendable {
    public var id: String?
    /// The row's position when last resolved: the fallback when the id is gone.
    public var index: Int
    public var offset: Int

    public init(id: String? = nil, index: Int = 0, offset: Int = 0) {
        self.id = id
        self.index = index
        self.offset = offset
    }

    /// Finds the selected row among `ids` (the rows' identities in display order) and
    /// keeps it on screen with `visible` rows shown.
    public mutating func resolve<C: RandomAccessCollection<String>>(in ids: C, visible: Int) where C.Index == Int {
        let count = ids.count
        if let found = find(in: ids) {
            index = found
        } else {
            index = count == 0 ? 0 : min(max(0, index), count - 1)
        }
        id = count == 0 ? nil : ids[ids.startIndex + index]
        keepVisible(count: count, visible: visible)
    }

    /// Moves by `delta` rows (clamped at the ends), then selects the row found there.
    public mutating func move<C: RandomAccessCollection<String>>(by delta: Int, in ids: C, visible: Int) where C.Index == Int {
        resolve(in: ids, visible: visible)
        guard !ids.isEmpty else { return }
        index = min(max(0, index + delta), ids.count - 1)
        id = ids[ids.startIndex + index]
        keepVisible(count: ids.count, visible: visible)
    }

    /// Moves for a navigation command (a row, a page, to either end); false when the
    /// command is not one of those.
    public mutating func follow<C: RandomAccessCollection<String>>(_ command: Command, in ids: C, visible: Int) -> Bool where C.Index == Int {
        let count = ids.count
        switch command {
        case .moveUp: move(by: -1, in: ids, visible: visible)
        case .moveDown: move(by: 1, in: ids, visible: visible)
        case .pageUp: move(by: -max(1, visible), in: ids, visible: visible)
        case .pageDown: move(by: max(1, visible), in: ids, visible: visible)
        case .moveToTop: move(by: -count, in: ids, visible: visible)
        case .moveToBottom: move(by: count, in: ids, visible: visible)
        default: return false
        }
        return true
    }

    /// The cursor a list widget draws: row numbers, found again from the id.
    public var cursor: ListCursor { ListCursor(selected: index, offset: offset) }

    private func find<C: RandomAccessCollection<String>>(in ids: C) -> Int? where C.Index == Int {
        guard let id else { return nil }
        // The row is usually where it was: look there first, then search.
        if ids.indices.contains(ids.startIndex + index), ids[ids.startIndex + index] == id { return index }
        return ids.firstIndex(of: id).map { $0 - ids.startIndex }
    }

    private mutating func keepVisible(count: Int, visible: Int) {
        var cursor = ListCursor(selected: index, offset: offset)
        cursor.clamp(count: count, visible: visible)
        offset = cursor.offset
    }
}
