/// A colour for each role. Themes are files in the top-level `themes/` folder; the
/// built-in default is the same as `themes/default.theme` (a test keeps them equal), so
/// Lotse looks right even where that folder is not installed.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var colors: [Role: ThemeColor]

    public init(name: String, colors: [Role: ThemeColor]) {
        self.name = name
        self.colors = colors
    }

    public func color(_ role: Role) -> ThemeColor {
        colors[role] ?? Theme.builtInDefault.colors[role] ?? .terminalDefault
    }

    /// Whether the theme asks for no colours at all (monochrome).
    public var isMonochrome: Bool {
        Role.allCases.allSatisfy { color($0) == .terminalDefault }
    }

    public static let builtInDefault = Theme(name: "default", colors: [
        .background: .terminalDefault,
        .foreground: .terminalDefault,
        .muted: .rgb(0x8a, 0x8f, 0x98),
        .accent: .rgb(0x5f, 0xaf, 0xff),
        .border: .rgb(0x5c, 0x63, 0x70),
        .borderFocus: .rgb(0x87, 0xd7, 0x5f),
        .title: .rgb(0xff, 0xd7, 0x5f),
        .selection: .rgb(0x26, 0x4f, 0x78),
        .selectionInactive: .rgb(0x3a, 0x3f, 0x4b),
        .statusBar: .rgb(0x30, 0x36, 0x44),
        .hintKey: .rgb(0x5f, 0xd7, 0xff),
        .success: .rgb(0x87, 0xd7, 0x87),
        .warning: .rgb(0xff, 0xaf, 0x5f),
        .error: .rgb(0xff, 0x5f, 0x5f),
        .heatLow: .rgb(0x3a, 0x3a, 0x5f),
        .heatMid: .rgb(0x5f, 0x5f, 0x87),
        .heatHigh: .rgb(0x87, 0x5f, 0xaf),
    ])
}
