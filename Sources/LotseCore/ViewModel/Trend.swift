import Foundation
import LotseStore

/// New questions per month over the last months, per commune: the trend behind a row of
/// the needs matrix and the communes panel, drawn as a sparkline of block characters that
/// reads the same in mono and on a projector (height, not colour, carries it).
public enum Trend {
    /// For each commune (and nil for all), the questions logged in each of the last
    /// `months` calendar months, oldest first, the current month last. One pass.
    public static func monthly(_ network: Network, months: Int, now: Date, timeZone: TimeZone) -> [String?: [Int]] {
        let current = LocalDate(now, in: timeZone)
        let currentIndex = current.year * 12 + current.month - 1
        var result: [String?: [Int]] = [nil: Array(repeating: 0, count: months)]
        for question in network.questions {
            let day = LocalDate(question.created, in: timeZone)
            let age = currentIndex - (day.year * 12 + day.month - 1)
            guard (0 ..< months).contains(age) else { continue }
            let slot = months - 1 - age
            result[nil, default: Array(repeating: 0, count: months)][slot] += 1
            for commune in Set(question.communes) {
                result[commune, default: Array(repeating: 0, count: months)][slot] += 1
            }
        }
        return result
    }

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value: the lowest block for none, the highest for the maximum.
    public static func sparkline(_ values: [Int]) -> String {
        let maximum = values.max() ?? 0
        guard maximum > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { value in
            value == 0 ? blocks[0] : blocks[min(blocks.count - 1, max(1, Int((Double(value) / Double(maximum) * 7).rounded(.up))))]
        })
    }
}
