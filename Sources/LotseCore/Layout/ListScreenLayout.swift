/// A screen that is one framed list between the title line and the hint bar: the
/// categories, a commune's coordinators. The reducer scrolls by the rows the screen draws.
public enum ListScreenLayout {
    public static func frame(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

    /// Rows of the list: all but the two bars and the frame.
    public static func rows(_ size: Size) -> Int { max(1, size.height - 4) }
}
