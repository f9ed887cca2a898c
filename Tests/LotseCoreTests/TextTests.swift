import Testing
import LotseStore
@testable import LotseCore

@Suite("Text: display width, wrapping, language")
struct TextTests {
    @Test func widthCountsColumnsNotCharacters() {
        #expect(DisplayWidth.of("Möhnesee") == 8)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
        #expect(DisplayWidth.of("🇩🇪") == 2)
    }

    @Test func truncationAndPaddingNeverSplitAWideCharacter() {
        #expect(DisplayWidth.truncate("Straßenverkehr", to: 6) == "Straß…")
        #expect(DisplayWidth.truncate("中文中文", to: 4) == "中…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("中文中文", to: 4)) == 3)
        #expect(DisplayWidth.pad("中", to: 3) == "中 ")
        #expect(DisplayWidth.pad("abc", to: 2) == "a…")
    }

    @Test func wrappingBreaksAtSpacesAndKeepsTheHangingIndent() {
        #expect(Wrap.lines("Wer zahlt die Fahrtkosten", width: 10) == ["Wer zahlt", "die", "Fahrtkosten"].map { String($0.prefix(10)) } .enumerated().map { $0.offset == 2 ? "Fahrtkoste" : $0.element } + ["n"])
        let line = DetailLine.field("Status", "sehr lange Antwort hier", width: 8)
        let wrapped = Wrap.wrap(line, width: 20).map(\.text)
        #expect(wrapped == ["Status  sehr lange", "        Antwort hier"])
        #expect(Wrap.lines("a\nb", width: 5) == ["a", "b"])
        // After a slash or hyphen between words, not inside a word; "-2" and "+49 2303-12" stay whole.
        #expect(Wrap.lines("Kategorie Aufenthalt/Asylverfahren", width: 22) == ["Kategorie Aufenthalt/", "Asylverfahren"])
        #expect(Wrap.lines("Sprach-Café", width: 8) == ["Sprach-", "Café"])
        #expect(Wrap.lines("Aufenthalt/Asyl", width: 40) == ["Aufenthalt/Asyl"])
        #expect(Wrap.lines("ab -2 03-12", width: 5) == ["ab -2", "03-12"])
        #expect(Wrap.lines("中文中文中文", width: 5) == ["中文", "中文", "中文"])
    }

    @Test func languageFollowsTheLocaleVariables() {
        #expect(Language.fromEnvironment([:]) == .de)
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .de)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"]) == .de)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en", "LANG": "de"]) == .en)
    }

    @Test func everyCommandHasHelpInBothLanguagesAndNoKeyIsBoundTwice() {
        for language in Language.allCases {
            for command in KeyMap.bindings.map(\.command) {
                #expect(!language.strings.commandHelp(command).isEmpty)
            }
            for binding in KeyMap.bindings where binding.hintRank != nil {
                #expect(!language.strings.commandHint(binding.command, .home).isEmpty)
            }
        }
        for context in KeyBinding.Context.allCases {
            let keys = KeyMap.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(context)")
        }
        let help = HelpContent.make(Strings.german).lines.map { $0.spans.map(\.text).joined() }
        #expect(help.contains { $0.contains("Tab") && $0.contains("nächstes Panel") })
        #expect(help.contains { $0.contains("? F1") && $0.contains("diese Hilfe") })
    }
}

@Suite("Text: search that understands German")
struct GermanSearchTests {
    @Test func umlautsTypedAsDigraphsAndPartsOfCompounds() {
        #expect(TextFolding.matches("fuer", in: ["Wer zahlt für die Fahrt?"]))
        #expect(TextFolding.matches("rueckkehr", in: ["Rückkehr: Beratung"]))
        #expect(TextFolding.matches("Wohnung", in: ["Wohnungssuche in Soest"]))
        #expect(TextFolding.matches("steuer", in: ["Steuerklasse"]), "a real ue still matches itself")
        #expect(TextFolding.matches("strasse", in: ["Straße"]))
        #expect(!TextFolding.matches("fuer", in: ["Fahrt"]))
        let hits = KnowledgeSearch.search("rueckkehr", in: ExampleNetwork.make().questions)
        for hit in hits {
            let question = hit.question
            let text = [question.title, question.answer?.text ?? "", question.body, question.tags.joined(separator: " ")].joined(separator: " ")
            #expect(TextFolding.fold(text).contains("ruckkehr"))
        }
        let spans = KnowledgeSearch.highlight("Freiwillige Rückkehr", query: "rueckkehr")
        #expect(spans.contains { $0.emphasis == .match && $0.text == "Rückkehr" })
    }
}

@Suite("Text: messages that name the real problem")
struct RealProblemTests {
    @Test func impossibleDatesAndMisspeltCommunes() {
        #expect(DateInput.impossible("31.02.2027") == "31.02.2027")
        #expect(DateInput.impossible("29.2.23") == "29.02.2023")
        #expect(DateInput.impossible("29.02.2024") == nil, "a leap day exists")
        #expect(DateInput.impossible("morgen") == nil)
        #expect(Nearest.match("Lipstadt", in: ["Lippstadt", "Soest", "Werl"]) == "Lippstadt")
        #expect(Nearest.match("moehnesee", in: ["Möhnesee", "Ense"]) == "Möhnesee")
        #expect(Nearest.match("Hamburg", in: ["Lippstadt", "Soest", "Werl"]) == nil, "no guess when nothing is close")
        let message = Messages.german.lookupError(.unknownCommune("Lipstadt", valid: ["lippstadt (Lippstadt)", "soest (Soest)"]))
        #expect(message.contains("Meinten Sie Lippstadt?"))
    }
}

@Suite("Text: messages cut between words")
struct WordCutTests {
    @Test func aLongNoticeEndsAtAWordBoundary() {
        let cut = DisplayWidth.truncateAtWord("✓ Konflikt entschieden; der nächste Sync teilt es den anderen mit", to: 40)
        #expect(DisplayWidth.of(cut) <= 40)
        #expect(cut == "✓ Konflikt entschieden; der nächste …")
        #expect(DisplayWidth.truncateAtWord("kurz", to: 40) == "kurz")
        #expect(DisplayWidth.truncateAtWord("Donaudampfschifffahrtsgesellschaft", to: 10) == "Donaudamp…", "one long word is cut as before")
    }
}
