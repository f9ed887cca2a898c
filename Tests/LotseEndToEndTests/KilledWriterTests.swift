import Foundation
import Testing

/// A merge writes two records. Killed at random moments, the writer leaves both written
/// or neither after the next open, and never a half-written file.
@Suite("End to end: killed writers")
struct KilledWriterTests {
    struct Record: Decodable {
        var id: String
        var communes: [String]
        var status: String
        var duplicateOf: String?
    }

    static func show(_ id: String, store: String) throws -> Record {
        let result = Lotse.run(["questions", "show", id, "--format", "json", "--store", store])
        return try JSONDecoder().decode(Record.self, from: Data(result.output.utf8))
    }

    @Test func aMergeKilledAtRandomMomentsIsAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandom(seed: 7)
        var complete = 0, untouched = 0
        for round in 0..<30 {
            let store = folder.appendingPathComponent("s\(round)").path
            #expect(Lotse.run(["init", "--example", store]).status == 0)
            let source = "01B4G2VX", target = "01AYVV1KC0"
            let before = try Self.show(target, store: store)
            guard Lotse.killAtRandomMoment(["questions", "merge", source, "--into", target, "--store", store], &generator) else {
                Issue.record("cannot start lotse")
                return
            }
            // The next open finishes or drops what the killed writer left.
            let list = Lotse.run(["questions", "list", "--format", "json", "--store", store])
            #expect(list.status == 0, "the store opens: \(list.error)")
            let check = Lotse.run(["check", store])
            #expect(check.status == 0, "every file is whole: \(check.output) \(check.error)")
            let merged = try Self.show(source, store: store)
            let gained = try Self.show(target, store: store)
            let isMerged = merged.status == "merged" && merged.duplicateOf == gained.id
            let hasGained = gained.communes.count > before.communes.count
            #expect(isMerged == hasGained, "round \(round): both records changed or neither")
            if isMerged { complete += 1 } else { untouched += 1 }
        }
        #expect(complete + untouched == 30)
        print("killed merges: \(complete) complete, \(untouched) untouched")
    }
}

/// A purge writes several records; killed at random moments, it leaves all of them
/// cleaned up or none after the next open.
@Suite("End to end: a killed purge")
struct KilledPurgeTests {
    @Test func aPurgeKilledAtRandomMomentsIsAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-kill-purge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandom(seed: 11)
        var complete = 0, untouched = 0
        for round in 0..<20 {
            let store = folder.appendingPathComponent("s\(round)").path
            #expect(Lotse.run(["init", "--example", store]).status == 0)
            // Names of people in a meeting's attendance and in every closed question: the
            // purge cleans up several records in one change.
            var files: [String] = []
            for folder in ["meetings", "questions"] {
                for name in try FileManager.default.contentsOfDirectory(atPath: store + "/" + folder) where name.hasSuffix(".json") {
                    let path = store + "/" + folder + "/" + name
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    let named = folder == "meetings"
                        ? text.replacingOccurrences(of: "\"Ehrenamtskoordination\"", with: "\"Anna Müller\"")
                        : text.contains("\"status\" : \"closed\"")
                            ? text.replacingOccurrences(of: #""loggedBy" : "[^"]*""#, with: "\"loggedBy\" : \"Anna Müller\"", options: .regularExpression)
                            : text
                    guard named != text else { continue }
                    try named.write(toFile: path, atomically: true, encoding: .utf8)
                    files.append(path)
                }
            }
            #expect(files.count >= 3)
            guard Lotse.killAtRandomMoment(["purge", "--as-of", "2030-01-01", "--store", store], &generator) else {
                Issue.record("cannot start lotse")
                return
            }
            // The next open finishes or drops what the killed writer left.
            #expect(Lotse.run(["questions", "list", "--store", store]).status == 0)
            let check = Lotse.run(["check", store])
            #expect(check.status == 0, "every file is whole: \(check.output) \(check.error)")
            let named = try files.filter { try String(contentsOfFile: $0, encoding: .utf8).contains("Anna Müller") }.count
            #expect(named == 0 || named == files.count, "round \(round): \(named) of \(files.count) still named")
            if named == 0 { complete += 1 } else { untouched += 1 }
        }
        print("killed purges: \(complete) complete, \(untouched) untouched")
    }
}

/// Repeatable kill moments. The end-to-end tests see only the binary, so they do not
/// import LotseStore for its `SeededGenerator`.
struct SystemRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

extension Lotse {
    /// Starts lotse and kills it (SIGKILL) within the first 60 ms; false when it did not start.
    static func killAtRandomMoment(_ arguments: [String], _ generator: inout SystemRandom) -> Bool {
        guard let pid = Spawn.start([binary] + arguments, environment: environment()) else { return false }
        usleep(UInt32(generator.next() % 60_000))
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}
