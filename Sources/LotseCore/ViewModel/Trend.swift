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
        // Where each month begins, once, rather than a calendar reckoning per question.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let starts: [Double] = (0...months).compactMap { offset in
            let index = currentIndex - months + 1 + offset
            return calendar.date(from: DateComponents(year: index / 12, month: index % 12 + 1, day: 1))?.timeIntervalSinceReferenceDate
        }
        guard starts.count == months + 1, let first = starts.first, let end = starts.last else { return result }
        var total = Array(repeating: 0, count: months)
        var perCommune: [String: [Int]] = [:]
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                let created = questions[index].created.timeIntervalSinceReferenceDate
                guard created >= first, created < end else { continue }
                var slot = months - 1
                while starts[slot] > created { slot -= 1 }
                total[slot] += 1
                questions[index].communes.forEachOnce { commune in
                    perCommune[commune, default: Array(repeating: 0, count: months)][slot] += 1
                }
            }
        }
        result[nil] = total
        for (commune, counts) in perCommune { result[commune] = counts }
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
