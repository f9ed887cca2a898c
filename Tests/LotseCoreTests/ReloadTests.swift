import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// A colleague's change arrives as a few files read again. The screen takes it in without
/// deriving everything anew where it can (the index by id and the list's order carried
/// over); what it then shows must be what a screen that derived everything shows.
@Suite("A colleague's change taken in")
struct ReloadTests {
    static func pick<T>(_ items: [T], _ generator: inout SeededGenerator) -> T {
        items[Int(generator.next() % UInt64(items.count))]
    }

    @Test(arguments: [1, 2, 3, 4])
    func whatIsShownAfterAFewFilesReadAgainIsWhatAFreshScreenShows(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var network = ExampleNetwork.make()
        var state = AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40))
        _ = Reducer.reduce(&state, .key(.character("2")))
        let communes = network.communes.map(\.id)
        for step in 0..<300 {
            if generator.next() % 10 == 0 {
                state.home.query.sort = Self.pick(QuestionQuery.Sort.allCases, &generator)
                state.home.query.statuses = Self.pick([[], [.open, .clarifying], [.answered]], &generator)
            }
            let position = Int(generator.next() % UInt64(network.questions.count))
            var question = network.questions[position]
            switch generator.next() % 6 {
            case 0: question.title += " ·"
            case 1: question.status = Self.pick(QuestionStatus.allCases, &generator)
            case 2: question.category = Self.pick(["Wohnen", "Arbeit", "", "Gesundheit"], &generator)
            case 3: question.created = question.created.addingTimeInterval(Double(generator.next() % 200_000) - 100_000)
            case 4: question.communes = [Self.pick(communes, &generator)]
            default: break  // our own write coming back: nothing differs
            }
            network.questions[position] = question
            let before = state.notice
            _ = Reducer.reduce(&state, .reloaded(network, [], changed: [question.id: position]))
            var fresh = state
            fresh.memo = Memo(ViewCache())
            #expect(state.questionRows.map(\.id) == fresh.questionRows.map(\.id), "step \(step)")
            #expect(state.communeRows == fresh.communeRows, "step \(step)")
            #expect(state.question(question.id) == question, "step \(step)")
            #expect(state.selectedQuestion?.id == fresh.selectedQuestion?.id, "step \(step)")
            if state.network.questions[position] == question && state.notice == before {
                #expect(state.network == network)
            }
        }
    }

    /// Our own write, read back by the watcher: the screen holds it already, so nothing
    /// is said and nothing derived anew.
    @Test func ourOwnWriteReadBackChangesNothing() throws {
        let network = ExampleNetwork.make()
        var state = AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40))
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = state.questionRows
        let revision = state.memo.value.revision
        let question = try #require(network.questions.first)
        _ = Reducer.reduce(&state, .reloaded(network, [], changed: [question.id: 0]))
        #expect(state.notice == nil)
        #expect(state.memo.value.revision == revision)
        // A colleague's title: taken in, said, and the list's order carried over.
        var changed = network
        changed.questions[0].title = "Von außen geändert"
        _ = Reducer.reduce(&state, .reloaded(changed, [], changed: [question.id: 0]))
        #expect(state.notice == .reloaded)
        #expect(state.question(question.id)?.title == "Von außen geändert")
        #expect(state.memo.value.order?.revision == state.memo.value.revision)
        #expect(state.memo.value.questionIndexRevision == state.memo.value.revision)
    }

    /// The reader folds only the questions a colleague's edit changed; the block it makes
    /// is the one folding every question makes.
    @Test(arguments: [1, 2, 3])
    func aCorpusWithAFewQuestionsFoldedAnewIsTheCorpusOfAll(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var questions = ExampleNetwork.make().questions
        var corpus = SearchCorpus(questions)
        for step in 0..<50 {
            var changed: [Int] = []
            for _ in 0..<Int(generator.next() % 4) {
                let position = Int(generator.next() % UInt64(questions.count))
                questions[position].title += " Ärger mit Straße \(step)"
                if generator.next() % 2 == 0 { questions[position].tags.append("Neu") }
                changed.append(position)
            }
            let next = try #require(SearchCorpus(questions, replacing: changed, in: corpus))
            #expect(next == SearchCorpus(questions), "step \(step)")
            #expect(next.isMade(from: questions))
            corpus = next
        }
        var longer = questions
        longer.append(questions[0])
        #expect(SearchCorpus(longer, replacing: [longer.count - 1], in: corpus) == nil, "a question added does not line up")
    }

    /// A first reading without an index brings the questions in the order of the files:
    /// newer ones arrive above those on screen. The cursor at the top stays at the top; one
    /// the user moved stays with its question.
    @Test func whileTheFirstReadingGoesOnTheTopSelectionStaysAtTheTop() throws {
        var network = ExampleNetwork.make()
        let all = network.questions.filter { $0.status.isOpen }.sorted { $0.created > $1.created }
        network.questions = []
        var state = AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40))
        state.loading = LoadProgress(read: 0, total: all.count)
        _ = Reducer.reduce(&state, .key(.character("2")))
        let older = Array(all.suffix(10)), newer = Array(all.prefix(all.count - 10))
        _ = Reducer.reduce(&state, .loading(LoadProgress(read: 10, total: all.count), older))
        #expect(state.selectedQuestion?.id == older.first?.id)
        _ = Reducer.reduce(&state, .loading(LoadProgress(read: all.count, total: all.count), older + newer))
        #expect(state.selectedQuestion?.id == all.first?.id, "the newest, at the top")
        _ = Reducer.reduce(&state, .key(.character("j")))
        let moved = try #require(state.selectedQuestion?.id)
        _ = Reducer.reduce(&state, .reloaded(ExampleNetwork.make(), []))
        #expect(state.loading == nil)
        #expect(state.selectedQuestion?.id == moved, "a question the user moved to stays selected")
    }
}
