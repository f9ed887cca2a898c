/// The three panels of the home screen, in Tab order. The raw value is the digit that
/// jumps to the panel and stands in its title.
public enum Panel: Int, CaseIterable, Sendable, Hashable {
    case communes = 1
    case questions = 2
    case meetings = 3

    public var next: Panel { Panel(rawValue: rawValue % 3 + 1) ?? .communes }
    public var previous: Panel { Panel(rawValue: (rawValue + 1) % 3 + 1) ?? .communes }
}
