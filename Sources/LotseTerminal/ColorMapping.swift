import LotseUI

/// Degrades theme colours to what the terminal has: 256 → 16 → 8 colours. (No terminfo
/// entry here advertises truecolor, so RGB is matched to the 256-colour palette.)
struct ColorMapping {
    let available: Int

    /// The ncurses colour number, -1 for the terminal's default.
    func index(of color: ThemeColor) -> Int16 {
        switch color {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if index < available { return Int16(index) }
            let (r, g, b) = Self.rgb(ofPaletteIndex: index)
            return nearestBasic(r, g, b)
        case .rgb(let r, let g, let b):
            if available >= 256 { return Int16(Self.nearest256(Int(r), Int(g), Int(b))) }
            return nearestBasic(Int(r), Int(g), Int(b))
        }
    }

    /// The nearest of the 16 (or 8) ANSI colours.
    private func nearestBasic(_ r: Int, _ g: Int, _ b: Int) -> Int16 {
        let count = available >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for index in 0..<count {
            let c = Self.ansi[index]
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance { best = index; bestDistance = d }
        }
        return Int16(best)
    }

    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansi[max(0, index)] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }

    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cubeIndex = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let gray = max(0, min(23, (((r + g + b) / 3) - 8 + 5) / 10))
        let grayIndex = 232 + gray
        func distance(_ index: Int) -> Int {
            let c = rgb(ofPaletteIndex: index)
            return (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
        }
        return distance(grayIndex) < distance(cubeIndex) ? grayIndex : cubeIndex
    }
}
