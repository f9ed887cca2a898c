import Foundation
import Testing
@testable import LotseCore
import LotseStore

@Suite("Questions: editing, similarity, privacy, search, matrix, lookup")
struct QuestionToolsTests {
    @Test func theEditorMovesByCharactersWordsAndLines() {
        var editor = TextEditor("Straße Möhnesee")
        editor.handle(.wordLeft)
        #expect(editor.cursor == 7)
        editor.handle(.backspace)
        #expect(editor.text == "StraßeMöhnesee")
        editor.handle(.home)
        editor.handle(.delete)
        #expect(editor.text == "traßeMöhnesee" && editor.cursor == 0)
        editor.handle(.wordRight)
        #expect(editor.cursor == 13)
        editor.handle(.control("w"))
        #expect(editor.text.isEmpty)
        let consumed = editor.handle(.enter)
        #expect(!consumed, "Enter leaves a one-line field")
        editor.handle(.character("a"))
        editor.handle(.character("\n"))
        #expect(editor.text == "a ", "a pasted line break becomes a space")

        var block = TextEditor("erste Zeile\nzweite", multiline: true)
        block.handle(.up)
        #expect(block.cursorPosition.line == 0 && block.cursorPosition.column == 6)
        block.handle(.end)
        block.handle(.enter)
        #expect(block.text == "erste Zeile\n\nzweite")
        block.handle(.down)
        block.handle(.control("k"))
        #expect(block.text == "erste Zeile\n\n")
        block.handle(.control("u"))
        #expect(block.cursorPosition.line == 2)
    }

    @Test func similarityIgnoresCaseUmlautsEndingsAndStopWords() {
        let a = Similarity.stems("Wer zahlt die Fahrtkosten zum Integrationskurs?")
        let b = Similarity.stems("Fahrtkosten für den Integrationskurs übernehmen")
        #expect(a.isSuperset(of: ["fahrtkost", "integrationskur"]))
        #expect(!a.contains("die") && !a.contains("wer"))
        #expect(Similarity.score(a, b) >= SimilarQuestions.threshold)
        #expect(Similarity.stems("Übernahme") == Similarity.stems("ubernahme"))
        #expect(Similarity.stems("Wohnungen") == Similarity.stems("Wohnung"))
        #expect(Similarity.score(a, Similarity.stems("Schwimmkurse für Erwachsene")) < SimilarQuestions.threshold)
    }

    @Test func aWordTypedFindsTheCompoundsItBegins() {
        let network = ExampleNetwork.make()
        let found = SimilarQuestions.find(for: "Wohnung", in: network, excluding: nil)
        #expect(found.contains { $0.title == "Wohnungssuche: Welche Mietobergrenzen gelten?" }, "\(found.map(\.title))")
        // A short word is no compound's beginning: "Kita" finds Kita, not every "Kit…".
        #expect(SimilarQuestions.find(for: "Wo", in: network, excluding: nil).isEmpty)
        // What matched before still matches, and as well.
        #expect(SimilarQuestions.find(for: "Schwimmkurs Erwachsene", in: network, excluding: nil).first?.title == "Schwimmkurse für Erwachsene")
    }

    @Test func similarQuestionsPutAnsweredOnesFirst() {
        let network = ExampleNetwork.make()
        let found = SimilarQuestions.find(for: "Fahrtkosten Ehrenamtliche", in: network, excluding: nil)
        #expect(!found.isEmpty)
        let answered = found.prefix { $0.answer != nil }
        #expect(found.dropFirst(answered.count).allSatisfy { $0.answer == nil })
        #expect(found.contains { $0.title.contains("Aufwandsentschädigung") })
    }

    @Test func privacyWarningsForPersonalData() {
        #expect(PrivacyCheck.findings(in: "Wie geht Familiennachzug bei subsidiärem Schutz?").isEmpty)
        #expect(PrivacyCheck.findings(in: "Termin am 12.03.2017 bei der Behörde").isEmpty)
        #expect(PrivacyCheck.findings(in: "Herr K., geb. 03.04.1988, fragt …") == [.birthDate])
        #expect(PrivacyCheck.findings(in: "Az.: 5-1234/16 beim Sozialamt") == [.caseNumber])
        #expect(PrivacyCheck.findings(in: "Schreiben an familie@example.org") == [.email])
        #expect(PrivacyCheck.findings(in: "Rückruf unter 0171 2345678") == [.phone])
    }

    @Test func theQueryFiltersAndSortsLikeTheCommandLine() {
        let network = Fixtures.network
        let names = ["soest": "Soest", "moehnesee": "Möhnesee", "werl": "Werl"]
        var query = QuestionQuery(statuses: [.open, .clarifying], sort: .commune)
        #expect(query.apply(to: network.questions, communeNames: names).map(\.title)
                == ["Fahrrad für den Schulweg", "Straßenbahn nach Soest", "Miete", "Kita-Platz"])
        query.sort = .status
        #expect(query.apply(to: network.questions, communeNames: names).first?.status == .open)
        query = QuestionQuery(text: "strasse")
        #expect(query.apply(to: network.questions, communeNames: names).map(\.title) == ["Straßenbahn nach Soest"])
        query = QuestionQuery(statuses: [.answered])
        #expect(query.apply(to: network.questions, communeNames: names).map(\.title) == ["Beantwortet schon"])
    }

    @Test func knowledgeSearchRanksTitleHitsFirstAndMarksMatches() {
        let network = ExampleNetwork.make()
        let hits = KnowledgeSearch.search("versicherung", in: network.questions)
        #expect(hits.count >= 2)
        #expect(hits.allSatisfy { KnowledgeSearch.isKnowledge($0.question) })
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
        #expect(KnowledgeSearch.search("fahrtkosten bamf", in: network.questions).first?.question.title
                == "Wer zahlt die Fahrtkosten zum Integrationskurs?")
        #expect(KnowledgeSearch.search("gibtesnicht", in: network.questions).isEmpty)
        let spans = KnowledgeSearch.highlight("Straßenverkehr und Strasse", query: "strasse")
        #expect(spans == [TextSpan("Straße", .match), TextSpan("nverkehr und "), TextSpan("Strasse", .match)])
    }

    @Test func theMatrixCountsOpenQuestionsPerCommuneAndCategory() {
        let matrix = NeedsMatrix(network: Fixtures.network)
        #expect(matrix.communes.map(\.name) == ["Möhnesee", "Soest", "Werl"])
        let wohnen = matrix.categories.firstIndex(of: "Wohnen") ?? -1
        // Open and in-Klärung questions count; the answered one does not.
        #expect(matrix.counts.map { $0[wohnen] } == [1, 2, 2])
        #expect(matrix.total == 5 && matrix.maximum == 2)
        #expect(matrix.rowTotal(1) == 2 && matrix.columnTotal(wohnen) == 5)
        let headings = NeedsMatrix(network: ExampleNetwork.make()).headings(width: 5)
        #expect(Set(headings).count == headings.count)
        #expect(headings.contains("Sprac") && headings.contains("Sprm."))
    }

    @Test func lookupsAcceptPrefixesNamesAndGermanStatuses() throws {
        let network = Fixtures.network
        #expect(try Lookup.question("01aaaaaaaaaaaaaaaaaaaaaa03", in: network).title == "Kita-Platz")
        #expect(throws: LookupError.self) { try Lookup.question("01AAAA", in: network) }
        #expect(throws: LookupError.unknownQuestion("ZZ")) { try Lookup.question("ZZ", in: network) }
        #expect(try Lookup.commune("Möhnesee", in: network).id == "moehnesee")
        #expect(try Lookup.commune("mohnesee", in: network).id == "moehnesee")
        #expect(try Lookup.commune("MOEHNESEE", in: network).id == "moehnesee")
        do {
            _ = try Lookup.commune("Dortmund", in: network)
            Issue.record("found Dortmund")
        } catch {
            #expect(error.description.contains("moehnesee (Möhnesee), soest (Soest), werl (Werl)"))
        }
        #expect(try Lookup.status("in Klärung") == .clarifying)
        #expect(try Lookup.status("in-klarung") == .clarifying)
        #expect(try Lookup.status("in_klaerung") == .clarifying)
        #expect(try Lookup.status("zusammengefuehrt") == .merged)
        #expect(try Lookup.status("BEANTWORTET") == .answered)
        #expect(try Lookup.category("wohnen", in: network) == "Wohnen")
        #expect(try Lookup.category("sprachm", in: network) == "Sprachmittlung")
        #expect(throws: LookupError.self) { try Lookup.category("sprach", in: network) }
        #expect(throws: LookupError.self) { try Lookup.status("erledigt") }
    }
}

@Suite("Questions without a category")
struct NoCategoryTests {
    @Test func aNewQuestionStartsWithoutACategoryAndTheMatrixShowsThemInAColumnOfTheirOwn() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("n")))
        guard case .question(let form)? = state.form else { Issue.record("no form"); return }
        #expect(form.category.isEmpty, "nothing is chosen for the coordinator")
        #expect(form.problems(categories: state.network.manifest.categories)[.category] == nil, "no category is allowed")
        var network = Fixtures.network
        network.questions[0].category = ""
        let matrix = NeedsMatrix(network: network)
        #expect(matrix.categories.last == "")
        #expect(matrix.headings(width: 8, none: "ohne").last == "ohne")
        #expect(matrix.columnTotal(matrix.categories.count - 1) == 1)
    }
}
