import CNcurses
import LotseUI

/// Turns styles into ncurses attributes and colour pairs. Pairs are made on first use
/// and cached by their colours, never one per draw. Without colours (NO_COLOR, a
/// monochrome theme or terminal), roles become attributes, so meaning survives.
final class Palette {
    private let theme: Theme
    private let mapping: ColorMapping?
    private var pairs: [PairKey: Int16] = [:]
    private var cache: [Style: attr_t] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(theme: Theme, noColor: Bool) {
        self.theme = theme
        if !noColor, !theme.isMonochrome, has_colors(), start_color() == OK, lotse_colors() >= 8 {
            use_default_colors()
            mapping = ColorMapping(available: Int(lotse_colors()))
        } else {
            mapping = nil
        }
    }

    func attributes(for style: Style) -> attr_t {
        if let cached = cache[style] { return cached }
        var result = Self.attributes(style.attributes)
        if let mapping {
            let key = PairKey(foreground: mapping.index(of: theme.color(style.foreground)),
                              background: mapping.index(of: theme.color(style.background)))
            result |= lotse_color_pair(Int32(pair(for: key)))
        } else {
            result |= Self.monochrome(style)
        }
        cache[style] = result
        return result
    }

    private func pair(for key: PairKey) -> Int16 {
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < lotse_color_pairs() else { return 0 }
        init_pair(number, key.foreground, key.background)
        pairs[key] = number
        return number
    }

    private static func attributes(_ attributes: Attributes) -> attr_t {
        var result = lotse_a_normal
        if attributes.contains(.bold) { result |= lotse_a_bold }
        if attributes.contains(.dim) { result |= lotse_a_dim }
        if attributes.contains(.reverse) { result |= lotse_a_reverse }
        if attributes.contains(.underline) { result |= lotse_a_underline }
        return result
    }

    /// Roles as attributes: anything on a coloured background is reversed (selection,
    /// status bars); focus, headings and warnings are bold.
    private static func monochrome(_ style: Style) -> attr_t {
        var result = lotse_a_normal
        if style.background != .background { result |= lotse_a_reverse }
        switch style.foreground {
        case .borderFocus, .title, .warning, .error, .hintKey: result |= lotse_a_bold
        case .accent: result |= lotse_a_underline
        default: break
        }
        return result
    }
}
