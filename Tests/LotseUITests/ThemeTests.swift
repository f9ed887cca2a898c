import Foundation
import Testing
@testable import LotseUI

@Suite("Themes")
struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    static func load(_ name: String) throws -> (theme: Theme, issues: [ThemeFile.Issue]) {
        let text = try String(contentsOf: themes.appendingPathComponent("\(name).theme"), encoding: .utf8)
        return ThemeFile.parse(text, name: name)
    }

    @Test func theDefaultFileIsTheBuiltInDefault() throws {
        let parsed = try Self.load("default")
        #expect(parsed.issues.isEmpty)
        #expect(parsed.theme.colors == Theme.builtInDefault.colors)
        // Every role is set explicitly in the file, so it documents them all.
        let text = try String(contentsOf: Self.themes.appendingPathComponent("default.theme"), encoding: .utf8)
        for role in Role.allCases { #expect(text.contains("\n\(role.rawValue) = ")) }
    }

    @Test func monoHasNoColours() throws {
        let parsed = try Self.load("mono")
        #expect(parsed.issues.isEmpty)
        #expect(parsed.theme.isMonochrome)
        #expect(!Theme.builtInDefault.isMonochrome)
    }

    @Test func theProjectorThemeHasNoGreyText() throws {
        let parsed = try Self.load("projector")
        #expect(parsed.issues.isEmpty)
        #expect(parsed.theme.colors[.muted] == parsed.theme.colors[.foreground], "muted text is as bright as any")
        #expect(parsed.theme.colors[.background] != parsed.theme.colors[.foreground])
    }

    @Test func everyShippedThemeParsesCleanly() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes.path).filter { $0.hasSuffix(".theme") }
        #expect(files.count >= 2)
        for file in files {
            let parsed = try Self.load(String(file.dropLast(6)))
            #expect(parsed.issues.isEmpty, "\(file): \(parsed.issues)")
        }
    }

    @Test func unknownKeysAndBadValuesAreReportedAndMissingKeysFallBack() {
        let text = """
            # a comment
            accent = "#ff0000"   # trailing comment
            warning = bright_red
            selection = 17
            colour = "#123456"
            error = "#12345"
            broken line
            """
        let parsed = ThemeFile.parse(text, name: "test")
        #expect(parsed.theme.color(.accent) == .rgb(255, 0, 0))
        #expect(parsed.theme.color(.warning) == .indexed(9))
        #expect(parsed.theme.color(.selection) == .indexed(17))
        #expect(parsed.theme.color(.error) == Theme.builtInDefault.color(.error))
        #expect(parsed.theme.color(.muted) == Theme.builtInDefault.color(.muted))
        #expect(parsed.issues.map(\.line) == [5, 6, 7])
        #expect(parsed.issues[0].message.hasPrefix("unknown key \"colour\""))
        #expect(parsed.issues[1].message.contains("\"#12345\" is not a colour"))
    }

    @Test func theBuiltInThemesAreTheShippedFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes.path).filter { $0.hasSuffix(".theme") }
        #expect(Set(files.map { String($0.dropLast(6)) }) == Set(BuiltInThemes.names))
        for name in BuiltInThemes.names {
            let text = try String(contentsOf: Self.themes.appendingPathComponent("\(name).theme"), encoding: .utf8)
            #expect(BuiltInThemes.files[name] == text.trimmingCharacters(in: .newlines),
                    "themes/\(name).theme changed: run scripts/embed-themes.py")
        }
        for name in ["default", "light", "mono", "projector", "colorblind"] { #expect(BuiltInThemes.names.contains(name)) }
    }

    @Test func theColourBlindThemeUsesTheOkabeItoPalette() throws {
        let parsed = try Self.load("colorblind")
        #expect(parsed.issues.isEmpty)
        let okabeIto: Set<ThemeColor> = [.rgb(0xe6, 0x9f, 0x00), .rgb(0x56, 0xb4, 0xe9), .rgb(0x00, 0x9e, 0x73),
                                         .rgb(0xf0, 0xe4, 0x42), .rgb(0x00, 0x72, 0xb2), .rgb(0xd5, 0x5e, 0x00)]
        for role in [Role.success, .warning, .error, .accent] {
            #expect(parsed.theme.colors[role].map(okabeIto.contains) == true, "\(role) is an Okabe–Ito colour")
        }
        #expect(parsed.theme.colors[.success] != parsed.theme.colors[.error])
    }

    @Test func theLightThemeIsDarkTextOnLight() throws {
        let parsed = try Self.load("light")
        #expect(parsed.issues.isEmpty)
        guard case .rgb(let r, let g, let b)? = parsed.theme.colors[.background],
              case .rgb(let fr, let fg, let fb)? = parsed.theme.colors[.foreground] else {
            Issue.record("light sets its own background and text colours")
            return
        }
        #expect(Int(r) + Int(g) + Int(b) > 600 && Int(fr) + Int(fg) + Int(fb) < 150)
    }
}
