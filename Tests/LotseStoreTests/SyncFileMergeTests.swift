import Foundation
import Testing
@testable import LotseStore

/// The merge git runs for a store file changed on two machines.
@Suite("Sync file merge")
struct SyncFileMergeTests {
    func json(_ fields: [String: JSONValue]) -> Data { Data(JSONValue.object(fields).canonicalText.utf8) }

    let base: [String: JSONValue] = ["id": .string("Q1"), "title": .string("Alt"), "body": .string("Text"),
                                     "tags": .array([.string("a")]), "updated": .string("2026-11-01T10:00:00Z")]

    @Test func bothMachinesReachTheSameResultWhicheverSideMerges() throws {
        var soest = base, werl = base
        soest["title"] = .string("Soest"); soest["updated"] = .string("2026-11-02T10:00:00Z")
        soest["tags"] = .array([.string("a"), .string("s")])
        werl["title"] = .string("Werl"); werl["updated"] = .string("2026-11-03T10:00:00Z")
        werl["body"] = .string("Neu")
        let one = try #require(SyncFileMerge.merge(base: json(base), ours: json(soest), theirs: json(werl), path: "questions/Q1.json"))
        let other = try #require(SyncFileMerge.merge(base: json(base), ours: json(werl), theirs: json(soest), path: "questions/Q1.json"))
        #expect(one.data == other.data)
        let merged = try JSONValue.parse(one.data)
        #expect(merged.value(at: ["title"]) == .string("Werl"))
        #expect(merged.value(at: ["body"]) == .string("Neu"))
        #expect(merged.value(at: ["tags"]) == .array([.string("a"), .string("s")]))
        let conflict = try #require(one.conflicts.first)
        #expect(one.conflicts.count == 1 && conflict.kind == .question && conflict.recordID == "Q1")
        #expect(conflict.kept == .string("Werl") && conflict.other == .string("Soest"))
        #expect(SyncConflict.list(in: merged, kind: .question, recordID: "Q1") == [conflict])
    }

    @Test func withoutATimeTheTextDecidesTheSameWayEverywhere() throws {
        var a: [String: JSONValue] = ["id": .string("soest"), "name": .string("Soest"), "notes": .string("x")]
        var b = a
        a["notes"] = .string("von A"); b["notes"] = .string("von B")
        let base = json(["id": .string("soest"), "name": .string("Soest"), "notes": .string("x")])
        let one = try #require(SyncFileMerge.merge(base: base, ours: json(a), theirs: json(b), path: "communes/soest.json"))
        let other = try #require(SyncFileMerge.merge(base: base, ours: json(b), theirs: json(a), path: "communes/soest.json"))
        #expect(one.data == other.data)
        #expect(one.conflicts.first?.kind == .commune)
    }

    @Test func aBrokenSideGivesWayAndNothingIsNeverJSON() throws {
        let good = json(base)
        #expect(SyncFileMerge.merge(base: good, ours: Data("{broken".utf8), theirs: good, path: "questions/Q1.json")?.data == good)
        #expect(SyncFileMerge.merge(base: nil, ours: Data("x".utf8), theirs: Data("y".utf8), path: "questions/Q1.json") == nil)
    }

    @Test func timerSpansMergeByTheirStart() throws {
        let span1: JSONValue = .object(["start": .string("2026-11-27T10:00:00Z")])
        let span2: JSONValue = .object(["start": .string("2026-11-27T10:05:00Z"), "end": .string("2026-11-27T10:06:00Z")])
        let base = json(["spans": .array([])])
        let merged = try #require(SyncFileMerge.merge(base: base, ours: json(["spans": .array([span1])]),
                                                      theirs: json(["spans": .array([span2])]), path: "meetings/M.json"))
        #expect(try JSONValue.parse(merged.data).value(at: ["spans"]) == .array([span2, span1]))
        #expect(merged.conflicts.isEmpty)
    }

    @Test func settlingTakesTheOtherValueAndRemovesTheEntry() throws {
        let folder = TemporaryFolder()
        let store = try FileStore.create(at: folder.url.appendingPathComponent("s"), with: ExampleNetwork.make())
        let question = try #require(try store.load().network.questions.first)
        let url = store.url(of: .question, id: question.id)
        let conflict = SyncConflict(kind: .question, recordID: question.id, path: ["title"], kept: .string(question.title),
                                    other: .string("Der andere Titel"))
        var fields = try #require(try JSONValue.parse(Data(contentsOf: url)).object)
        fields[SyncConflict.field] = .array([conflict.json])
        try Data(JSONValue.object(fields).canonicalText.utf8).write(to: url)
        #expect(try store.load().network.syncConflicts == [conflict])

        try store.settle(conflict, takingOther: true, now: Date())
        let settled = try store.load().network
        #expect(settled.syncConflicts.isEmpty)
        #expect(settled.questions.first { $0.id == question.id }?.title == "Der andere Titel")
        #expect(!(try String(contentsOf: url, encoding: .utf8)).contains(SyncConflict.field))
    }
}
