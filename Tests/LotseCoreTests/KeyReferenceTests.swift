import Foundation
import Testing
@testable import LotseCore

/// The committed key reference is the key map's: a changed binding without the
/// regenerated file fails here (`LOTSE_UPDATE_GOLDENS=1` writes it).
@Suite("Docs: the key reference is generated")
struct KeyReferenceTests {
    @Test(arguments: [(Language.de, "keys.md"), (Language.en, "keys.en.md")])
    func docsKeysIsTheKeyMap(language: Language, file: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/\(file)")
        let generated = KeyReference.markdown(language)
        if ProcessInfo.processInfo.environment["LOTSE_UPDATE_GOLDENS"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "docs/\(file) is out of date: LOTSE_UPDATE_GOLDENS=1 swift test --filter KeyReferenceTests")
        #expect(generated.contains(language == .de ? "| `a` | archivierte Kommunen zeigen oder ausblenden |" : "| `a` | show or hide archived communes |"))
    }
}
