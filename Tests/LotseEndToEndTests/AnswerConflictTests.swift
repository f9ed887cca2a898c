import Foundation
import Testing
@testable import LotseStore

/// Two coordinators answer the same question on two machines: one conflict "Antwort",
/// both answers whole with their authors and times, and the one decided against kept
/// with the question, never lost and never mixed with the other.
@Suite("End to end: two answers to one question", .serialized)
struct AnswerConflictTests {
    @Test func twoAnswersAreOneConflictAndTheOtherIsKept() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try #require(world.network(0).questions.first { $0.answer == nil }?.id)
        #expect(world.run(0, ["questions", "answer", id, "--text", "Das Sozialamt in Soest zahlt die Fahrtkosten.",
                              "--source", "https://www.soest.de/fahrtkosten"]).status == 0)
        #expect(world.sync(0).status == 0)
        sleep(1)
        #expect(world.run(1, ["questions", "answer", id, "--text", "Über das Bildungspaket, Antrag beim Jobcenter."]).status == 0)
        let met = world.sync(1)
        #expect(met.status == 1, "a conflict to look at: \(met.output)\(met.error)")
        // One entry, named "Antwort", with who answered when; no sub-field, no ISO time.
        let conflictLines = met.output.split(separator: "\n").filter { $0.contains(" · Antwort") }
        #expect(conflictLines.count == 1, "\(met.output)")
        #expect(!met.output.contains("› by") && !met.output.contains("› text") && !met.output.contains("T0"), "\(met.output)")
        #expect(met.output.contains("Koordination 0") && met.output.contains("Koordination 1"), "\(met.output)")

        let store = try world.store(1)
        let network = try store.load(tidy: false).network
        let conflicts = network.syncConflicts.filter { $0.recordID == id }
        #expect(conflicts.count == 1 && conflicts.first?.path == ["answer"])
        let question = try #require(network.questions.first { $0.id == id })
        let kept = try #require(question.answer)
        // The answer in force is one coordinator's, whole: text and author agree.
        #expect((kept.by == "Koordination 1") == kept.text.contains("Bildungspaket"))
        #expect((kept.by == "Koordination 0") == kept.sources.contains("https://www.soest.de/fahrtkosten"))

        // Taking the other answer takes it whole, and the one in force is kept as earlier.
        let conflict = try #require(conflicts.first)
        try store.settle(conflict, takingOther: true, now: Date())
        let settled = try #require(try store.load(tidy: false).network.questions.first { $0.id == id })
        let now = try #require(settled.answer)
        #expect(now.by != kept.by && (now.by == "Koordination 1") == now.text.contains("Bildungspaket"))
        #expect(settled.earlierAnswers == [kept], "the answer decided against stays with the question")
        let shown = world.run(1, ["questions", "show", id])
        #expect(shown.output.contains("Frühere Antworten") && shown.output.contains(kept.text), "\(shown.output)")
        #expect(world.sync(1).status == 0)
        #expect(world.sync(0).status == 0)
        let machine0 = try world.network(0)
        let there = try #require(machine0.questions.first { $0.id == id })
        #expect(there.answer == now && there.earlierAnswers == [kept] && machine0.syncConflicts.isEmpty)
    }

    @Test func historySaysWhoChangedWhichFieldWhen() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try #require(world.network(0).questions.first { $0.answer == nil }?.id)
        #expect(world.run(1, ["questions", "answer", id, "--text", "Beim Jobcenter klären."]).status == 0)
        #expect(world.sync(1).status == 0)
        #expect(world.sync(0).status == 0)
        let history = world.run(0, ["history", String(id.prefix(10))])
        #expect(history.status == 0, "\(history.error)")
        let lines = history.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Verlauf: „") == true, "\(history.output)")
        // Newest first: the answer by the colleague, then the question's creation.
        let answered = try #require(lines.firstIndex { $0.contains("Koordination 1") && $0.contains("geändert") })
        let created = try #require(lines.firstIndex { $0.contains("angelegt") })
        #expect(answered < created)
        #expect(history.output.contains("Antwort: (leer) → „Beim Jobcenter klären.“ (Koordination 1)"), "\(history.output)")
        #expect(history.output.contains("Status: ") && history.output.contains(" → beantwortet"))
        #expect(!history.output.contains("updated") && !history.output.contains("T1") && !history.output.contains("Z\n"))
        #expect(world.run(0, ["history", "soest"]).output.contains("Verlauf: Soest"))
        #expect(world.run(0, ["history", "gibt-es-nicht"]).status == 1)

        // In the dashboard: H in a question's details.
        let tmux = try Tmux(Tmux.lotseCommand(["--store", world.clones[0]]), width: 120, height: 40,
                            environment: Lotse.environment(world.environment(0)))
        tmux.waitFor("q Beenden")
        tmux.press("2")
        tmux.press("Enter")
        tmux.waitFor("H Verlauf")
        tmux.press("H")
        let page = tmux.waitFor("Verlauf: „")
        #expect(page.contains("Koordination 0") && page.contains("angelegt"), "\(page)")
        #expect(!page.contains("T0") && !page.contains("updated"), "\(page)")
        tmux.press("Escape")
        tmux.waitFor("H Verlauf")

        // A store that does not sync has no history yet, and says so.
        let plain = world.folder.appendingPathComponent("plain").path
        #expect(Lotse.run(["init", "--example", plain]).status == 0)
        let none = Lotse.run(["history", "soest", "--store", plain])
        #expect(none.status == 0 && none.output.contains("noch nicht synchronisiert"), "\(none.output)")
    }
}
