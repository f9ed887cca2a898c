import Foundation
import Testing
@testable import LotseStore

/// Three machines, a few hundred random changes saved the way the dashboard saves them,
/// and random syncs in between. After two final rounds every clone must hold the same
/// records, all valid, none lost, and every value that lost a same-field conflict kept.
@Suite("End to end: sync soak", .serialized)
struct SyncSoakTests {
    struct Tracker {
        var added: Set<String> = []
        var tags: [String: Set<String>] = [:]
        var outcomes: Set<String> = []
        /// Every title written, and the titles that someone replaced knowingly (they
        /// were on screen, in the file, when the new one was saved).
        var titles: Set<String> = []
        var superseded: Set<String> = []
    }

    @Test func threeClonesRandomChangesAndSyncsConverge() throws {
        let world = try SyncWorld(machines: 3)
        defer { world.remove() }
        var random = SeededGenerator(seed: 20261127)
        var tracker = Tracker()
        // Merges only go into these, so that no two machines bundle in a circle.
        let targets = Set(try world.network(0).questions.map(\.id).sorted().prefix(3))
        var counter = 0
        for step in 0 ..< 200 {
            let machine = Int.random(in: 0 ..< 3, using: &random)
            counter += 1
            try change(world, machine, step: counter, targets: targets, random: &random, tracker: &tracker)
            if Int.random(in: 0 ..< 5, using: &random) == 0 {
                let result = world.sync(Int.random(in: 0 ..< 3, using: &random))
                #expect(result.status <= 1, "step \(step): \(result.error)")
            }
        }
        for _ in 0 ..< 2 {
            for machine in 0 ..< 3 {
                let result = world.sync(machine)
                #expect(result.status <= 1, "\(result.error)")
            }
        }

        let reference = world.files(0)
        for machine in 1 ..< 3 { #expect(world.files(machine) == reference, "machine \(machine) differs") }
        #expect(!world.anyConflictMarkers)
        for machine in 0 ..< 3 {
            let check = world.run(machine, ["check"])
            #expect(check.status == 0, "\(check.output)\(check.error)")
            #expect(world.git(machine, ["status", "--porcelain"]).output.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: world.clones[machine] + "/.git/MERGE_HEAD"))
        }
        let network = try world.network(0)
        let ids = Set(network.questions.map(\.id))
        #expect(tracker.added.isSubset(of: ids), "lost: \(tracker.added.subtracting(ids))")
        for (id, tags) in tracker.tags {
            let present = Set(network.questions.first { $0.id == id }?.tags ?? [])
            #expect(tags.isSubset(of: present), "tags lost on \(id): \(tags.subtracting(present))")
        }
        let outcomes = Set(network.meetings.flatMap { $0.agenda.flatMap { $0.outcomes.map(\.id) } })
        #expect(tracker.outcomes.isSubset(of: outcomes))
        // A title no one replaced knowingly is either in force or kept as a conflict.
        var kept = Set(network.questions.map(\.title))
        for conflict in network.syncConflicts where conflict.path == ["title"] {
            if case .string(let title)? = conflict.other { kept.insert(title) }
        }
        let lost = tracker.titles.subtracting(tracker.superseded).subtracting(kept)
        #expect(lost.isEmpty, "titles lost: \(lost.sorted())")
        #expect(network.syncConflicts.contains { $0.path == ["title"] }, "the soak should meet at least one title conflict")
        // Every conflict is listed.
        let status = world.run(0, ["sync", "status"])
        #expect(status.output.contains("Offene Konflikte: \(network.syncConflicts.count)"))
        #expect(status.status == (network.syncConflicts.isEmpty ? 0 : 1))
    }

    /// One random change on one machine, saved through `FileStore.commit`.
    func change(_ world: SyncWorld, _ machine: Int, step: Int, targets: Set<String>,
                random: inout SeededGenerator, tracker: inout Tracker) throws {
        let store = try world.store(machine)
        let network = try store.load().network
        let now = Date()
        let questions = network.questions.sorted { $0.id < $1.id }
        // Half the changes go to a few questions, so that machines meet on the same fields.
        let pool = Bool.random(using: &random) ? Array(questions.prefix(6)) : questions
        guard let question = pool.randomElement(using: &random) else { return }
        func save(_ new: Question, base: Question?) throws {
            try store.commit([RecordWrite(kind: .question, id: new.id, new: .question(new), base: base.map(Record.question))])
        }
        var edited = question
        edited.updated = now
        switch Int.random(in: 0 ..< 7, using: &random) {
        case 0:
            let id = RecordID.make(at: now, using: &random)
            let commune = network.communes.randomElement(using: &random)?.id ?? "soest"
            let title = "Frage \(machine)-\(step)"
            try save(Question(id: id, communes: [commune], title: title, category: network.manifest.categories[0],
                              created: now, loggedBy: "Koordination \(machine)"), base: nil)
            tracker.added.insert(id)
            tracker.titles.insert(title)
        case 1:
            tracker.superseded.insert(question.title)
            edited.title = "Titel \(machine)-\(step)"
            tracker.titles.insert(edited.title)
            try save(edited, base: question)
        case 2 where question.status != .merged:
            edited.answer = Answer(text: "Antwort \(machine)-\(step)", by: "Koordination \(machine)", date: now)
            edited.status = .answered
            try save(edited, base: question)
        case 3 where question.status != .merged:
            edited.status = [QuestionStatus.open, .clarifying, .closed].randomElement(using: &random) ?? .open
            try save(edited, base: question)
        case 4 where question.status != .merged && !targets.contains(question.id):
            edited.duplicateOf = targets.sorted().randomElement(using: &random)
            edited.status = .merged
            try save(edited, base: question)
        case 5:
            let tag = "tag-\(machine)-\(step)"
            edited.tags.append(tag)
            tracker.tags[question.id, default: []].insert(tag)
            try save(edited, base: question)
        default:
            guard let meeting = network.meetings.filter({ !$0.agenda.isEmpty }).randomElement(using: &random) else { return }
            var changed = meeting
            let item = Int.random(in: 0 ..< meeting.agenda.count, using: &random)
            let id = RecordID.make(at: now, using: &random)
            changed.agenda[item].outcomes.append(Outcome(id: id, kind: .info, text: "Notiz \(machine)-\(step)"))
            try store.commit([RecordWrite(kind: .meeting, id: meeting.id, new: .meeting(changed), base: .meeting(meeting))])
            tracker.outcomes.insert(id)
        }
    }
}
