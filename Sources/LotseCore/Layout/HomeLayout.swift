/// Where the parts of the home screen go. Wide terminals get the three panels side by
/// side above a full-width detail area; narrow ones stack the panels on the left, the
/// focused one tallest (as lazygit does), with the detail area on the right.
public struct HomeLayout: Equatable, Sendable {
    public static let minimumSize = Size(width: 60, height: 16)
    /// From this size on the three panels sit side by side.
    public static let wideSize = Size(width: 100, height: 30)

    public var title: Rect
    public var communes: Rect
    public var questions: Rect
    public var meetings: Rect
    public var detail: Rect
    public var warnings: Rect
    public var hints: Rect

    public static func fits(_ size: Size) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }

    public init(size: Size, focus: Panel, warningLines: Int) {
        let warningHeight = min(warningLines, 2)
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        warnings = Rect(x: 0, y: size.height - 1 - warningHeight, width: size.width, height: warningHeight)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2 - warningHeight)

        if size.width >= Self.wideSize.width && size.height >= Self.wideSize.height {
            let topHeight = body.height * 3 / 5
            let communesWidth = 30
            // From 160 columns the questions take the extra room, for their extra columns.
            let meetingsWidth = size.width >= 160 ? 44 : (size.width - communesWidth) * 2 / 5
            let questionsWidth = size.width - communesWidth - meetingsWidth
            communes = Rect(x: 0, y: body.y, width: communesWidth, height: topHeight)
            questions = Rect(x: communesWidth, y: body.y, width: questionsWidth, height: topHeight)
            meetings = Rect(x: communesWidth + questionsWidth, y: body.y, width: meetingsWidth, height: topHeight)
            detail = Rect(x: 0, y: body.y + topHeight, width: size.width, height: body.height - topHeight)
        } else {
            let leftWidth = size.width / 2
            let folded = max(3, min(8, body.height / 4))
            var heights: [Panel: Int] = [:]
            for panel in Panel.allCases where panel != focus { heights[panel] = folded }
            heights[focus] = body.height - 2 * folded
            var y = body.y
            var rects: [Panel: Rect] = [:]
            for panel in Panel.allCases {
                let h = heights[panel] ?? folded
                rects[panel] = Rect(x: 0, y: y, width: leftWidth, height: h)
                y += h
            }
            communes = rects[.communes] ?? .zero
            questions = rects[.questions] ?? .zero
            meetings = rects[.meetings] ?? .zero
            detail = Rect(x: leftWidth, y: body.y, width: size.width - leftWidth, height: body.height)
        }
    }

    public func rect(of panel: Panel) -> Rect {
        switch panel {
        case .communes: return communes
        case .questions: return questions
        case .meetings: return meetings
        }
    }

    /// How many list rows the panel shows: its inner height, less the filter line when a
    /// filter is shown, less the agenda area in the meetings panel.
    public func listHeight(of panel: Panel, showsFilter: Bool, meetingRows: Int) -> Int {
        var height = rect(of: panel).inner.height - (showsFilter ? 1 : 0)
        if panel == .meetings {
            height = min(height, max(1, min(meetingRows, height / 3)))
        }
        return max(1, height)
    }
}
