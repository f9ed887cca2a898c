import Foundation
import Testing
@testable import LotseStore

/// The field-level three-way merge: properties over random records, and the cases the
/// store relies on.
@Suite("Field-level three-way merge")
struct MergeTests {
    /// A small random record: scalars, a list of plain values, a list of identified things.
    static func randomRecord(_ generator: inout SeededGenerator) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        for key in ["title", "body", "status", "assignee"] where generator.next() % 4 != 0 {
            fields[key] = .string("\(key)-\(generator.next() % 3)")
        }
        fields["tags"] = .array((0..<Int(generator.next() % 4)).map { _ in .string("t\(generator.next() % 5)") }.uniqued())
        fields["items"] = .array((0..<Int(generator.next() % 3)).map { n in
            .object(["id": .string("i\(n)"), "text": .string("x\(generator.next() % 3)")])
        })
        return .object(fields)
    }

    /// Changes some fields of a record at random.
    static func edit(_ value: JSONValue, _ generator: inout SeededGenerator, keys: [String]) -> JSONValue {
        guard case .object(var fields) = value else { return value }
        for key in keys where generator.next() % 2 == 0 {
            fields[key] = generator.next() % 5 == 0 ? nil : .string("\(key)-edit-\(generator.next() % 100)")
        }
        return .object(fields)
    }

    @Test(arguments: 1...8)
    func mergingAnUnchangedSideReturnsTheOther(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let base = Self.randomRecord(&generator)
            let changed = Self.edit(base, &generator, keys: ["title", "body", "status", "assignee"])
            let mineOnly = JSONMerge.merge(base: base, mine: changed, theirs: base, prefer: .theirs)
            let theirsOnly = JSONMerge.merge(base: base, mine: base, theirs: changed, prefer: .mine)
            #expect(mineOnly.value == changed && mineOnly.conflicts.isEmpty)
            #expect(theirsOnly.value == changed && theirsOnly.conflicts.isEmpty)
        }
    }

    @Test(arguments: 1...8)
    func disjointChangesCommuteAndNoOneSidedChangeIsLost(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let base = Self.randomRecord(&generator)
            let mine = Self.edit(base, &generator, keys: ["title", "status"])
            let theirs = Self.edit(base, &generator, keys: ["body", "assignee"])
            let one = JSONMerge.merge(base: base, mine: mine, theirs: theirs, prefer: .mine)
            let other = JSONMerge.merge(base: base, mine: theirs, theirs: mine, prefer: .mine)
            #expect(one.conflicts.isEmpty && other.conflicts.isEmpty)
            #expect(one.value == other.value, "disjoint changes commute")
            let merged = one.value?.object ?? [:]
            for key in ["title", "status"] { #expect(merged[key] == mine.object?[key], "mine's \(key) kept") }
            for key in ["body", "assignee"] { #expect(merged[key] == theirs.object?[key], "theirs' \(key) kept") }
        }
    }

    @Test(arguments: 1...8)
    func aFieldChangedOnBothSidesIsAConflictThatKeepsBothValues(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let base = Self.randomRecord(&generator)
            guard case .object(var m) = base, case .object(var t) = base else { continue }
            m["title"] = .string("mine \(generator.next())")
            t["title"] = .string("theirs \(generator.next())")
            let result = JSONMerge.merge(base: base, mine: .object(m), theirs: .object(t), prefer: .theirs)
            #expect(result.conflicts.count == 1)
            #expect(result.conflicts.first?.mine == m["title"] && result.conflicts.first?.theirs == t["title"])
            #expect(result.value?.object?["title"] == t["title"], "the preferred side's value stands")
        }
    }

    @Test func listsMergeAsSetsAndIdentifiedThingsByIdentity() {
        let base: JSONValue = .object([
            "tags": .array([.string("a"), .string("b")]),
            "outcomes": .array([.object(["id": .string("1"), "text": .string("alt")])]),
        ])
        let mine: JSONValue = .object([
            "tags": .array([.string("a"), .string("c")]),
            "outcomes": .array([.object(["id": .string("1"), "text": .string("neu")]),
                                .object(["id": .string("2"), "text": .string("meins")])]),
        ])
        let theirs: JSONValue = .object([
            "tags": .array([.string("a"), .string("b"), .string("d")]),
            "outcomes": .array([.object(["id": .string("1"), "text": .string("alt")]),
                                .object(["id": .string("3"), "text": .string("ihres")])]),
        ])
        let result = JSONMerge.merge(base: base, mine: mine, theirs: theirs, prefer: .mine)
        #expect(result.conflicts.isEmpty)
        #expect(result.value?.object?["tags"] == .array([.string("a"), .string("d"), .string("c")]))
        let texts = (result.value?.object?["outcomes"]).flatMap { value -> [String]? in
            guard case .array(let items) = value else { return nil }
            return items.compactMap { item in if case .string(let text)? = item.object?["text"] { return text } else { return nil } }
        }
        #expect(texts == ["neu", "meins", "ihres"], "both sides' new outcomes, and mine's edit of the shared one")
    }

    @Test func theLaterUpdateTimeWinsWithoutAConflict() {
        let base: JSONValue = .object(["updated": .string("2017-01-01T00:00:00Z"), "a": .string("x"), "b": .string("y")])
        let mine: JSONValue = .object(["updated": .string("2017-01-03T00:00:00Z"), "a": .string("mine"), "b": .string("y")])
        let theirs: JSONValue = .object(["updated": .string("2017-01-02T00:00:00Z"), "a": .string("x"), "b": .string("theirs")])
        let result = JSONMerge.merge(base: base, mine: mine, theirs: theirs, prefer: .mine)
        #expect(result.conflicts.isEmpty)
        #expect(result.value?.object?["updated"] == .string("2017-01-03T00:00:00Z"))
    }

    @Test func theCanonicalTextEscapesControlsAndReadsBack() throws {
        let value: JSONValue = .object(["t": .string("a\u{1B}[2J\u{9B}b\u{7F}\n\"/ä"), "n": .number("153722867280912930"), "e": .array([])])
        let text = value.canonicalText
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("\\u001b") && text.contains("\\u009b") && text.contains("\\u007f"))
        #expect(try JSONValue.parse(Data(text.utf8)) == value)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
