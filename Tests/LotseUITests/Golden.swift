import Foundation
import Testing
@testable import LotseUI

/// Compares a rendered buffer's text, and below it the letter of each cell's style
/// (`Buffer.styles`), with a file in `Golden/`. Run with `LOTSE_UPDATE_GOLDENS=1 swift test`
/// to write the files anew, then read the diff.
enum Golden {
    static let separator = "── styles ──"
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ buffer: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent("\(name).txt")
        let actual = buffer.text + "\n" + separator + "\n" + buffer.styles + "\n"
        if ProcessInfo.processInfo.environment["LOTSE_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name).txt; run with LOTSE_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<none>"
            let want = line < e.count ? String(e[line]) : "<none>"
            Issue.record("\(name): line \(line + 1) differs\n got: \(got)\nwant: \(want)", sourceLocation: sourceLocation)
        }
    }
}
