/// How many rows the pickers show: shared by the reducer, which keeps the selection on
/// screen, and the renderer, which draws the lists.
public enum DialogLayout {
    /// The attendance and suggestion lists: as long as their content, within the screen.
    public static func pickerRows(count: Int, size: Size) -> Int {
        max(1, min(max(1, count), size.height - 8))
    }

    /// The merge picker's outer height, and the rows of its list under the filter line.
    public static func mergeHeight(_ size: Size) -> Int { min(20, size.height - 6) }
    public static func mergeRows(_ size: Size) -> Int { max(1, mergeHeight(size) - 3) }
}
