/// Geometry of the knowledge base screen: the search line, the list of answered
/// questions on the left, the selected answer on the right (below on narrow terminals).
public enum KnowledgeLayout {
    public static func frame(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    public static func isWide(_ size: Size) -> Bool { size.width >= 100 }

    public static func list(_ size: Size) -> Rect {
        let body = frame(size)
        if isWide(size) {
            return Rect(x: 0, y: body.y + 1, width: body.width * 2 / 5, height: body.height - 1)
        }
        return Rect(x: 0, y: body.y + 1, width: body.width, height: (body.height - 1) / 2)
    }

    public static func detail(_ size: Size) -> Rect {
        let body = frame(size)
        let list = list(size)
        if isWide(size) {
            return Rect(x: list.maxX, y: list.y, width: body.width - list.width, height: list.height)
        }
        return Rect(x: 0, y: list.maxY, width: body.width, height: body.maxY - list.maxY)
    }

    /// Rows of the list inside its border.
    public static func listHeight(_ size: Size) -> Int { max(1, list(size).inner.height) }
}
