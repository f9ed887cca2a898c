import Testing
@testable import LotseCore

@Suite("Settings file")
struct SettingsFileTests {
    @Test func readsKeysSectionsAndCommentsAndNamesEveryBadLine() {
        let file = SettingsFile.parse("""
            # Lotse
            user = "Koordination Werl"   # who I am
            theme = "projector"
            farbe = "rot"
            kaputt
            lang = de
            [keys]
            quit = "x"
            [offen
            """)
        #expect(file.string("user")?.value == "Koordination Werl" && file.string("user")?.line == 2)
        #expect(file.string("theme")?.value == "projector")
        #expect(file.entries["keys.quit"]?.value == .string("x"), "sections are kept for later settings")
        #expect(file.issues == [
            SettingsFile.Issue(line: 4, problem: .unknownSetting("farbe")),
            SettingsFile.Issue(line: 5, problem: .noEquals),
            SettingsFile.Issue(line: 6, problem: .badValue("lang")),
            SettingsFile.Issue(line: 9, problem: .badSection),
        ])
        #expect(Messages.german.settingsIssue(file.issues[0]).hasPrefix("Zeile 4: unbekannte Einstellung „farbe“"))
    }
}
