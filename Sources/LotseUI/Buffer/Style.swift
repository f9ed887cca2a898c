/// The semantic colour roles of a theme (DESIGN.md §6). Widgets say what a cell is; the
/// theme says how that looks; the terminal says what it can show.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case background, foreground, muted, accent, border
    case borderFocus = "border_focus"
    case title
    case selection
    case selectionInactive = "selection_inactive"
    case statusBar = "status_bar"
    case hintKey = "hint_key"
    case success, warning, error
    /// Shading of the needs matrix, from a few open questions to many.
    case heatLow = "heat_low"
    case heatMid = "heat_mid"
    case heatHigh = "heat_high"
}

/// Text attributes that carry meaning even without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
}

public struct Style: Hashable, Sendable {
    public var foreground: Role
    public var background: Role
    public var attributes: Attributes

    public init(_ foreground: Role = .foreground, on background: Role = .background, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func on(_ background: Role) -> Style {
        var copy = self
        copy.background = background
        return copy
    }

    public func with(_ attributes: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
