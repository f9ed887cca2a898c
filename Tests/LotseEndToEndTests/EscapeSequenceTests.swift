import Foundation
import Testing

/// Home and End as PuTTY and tmux under TERM=xterm* send them (`ESC [1~`, `ESC [4~`)
/// move the cursor in a field; a sequence Lotse has no name for is dropped whole and
/// never read as Esc followed by commands.
@Suite("End to end: escape sequences")
struct EscapeSequenceTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-esc-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func homeAndEndInTheirCommonVariantsAndUnknownSequencesDroppedWhole() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store], before: "TERM=xterm-256color "), width: 120, height: 40)
        tmux.waitFor("q Beenden")
        tmux.press("2", "n")
        tmux.waitFor("Neue Frage")
        tmux.type("mitte")
        tmux.type("\u{1B}[1~")   // Home, as PuTTY sends it
        tmux.type("A")
        tmux.type("\u{1B}[4~")   // End
        tmux.type("Z")
        tmux.type("\u{1B}OH")    // Home, as xterm sends it in application mode
        tmux.type("<")
        tmux.type("\u{1B}[99~")  // no key Lotse knows: dropped whole
        tmux.type("\u{1B}[1;9X") // not even a key: dropped whole too
        tmux.type(">")
        let screen = tmux.waitFor("<>AmitteZ")
        #expect(screen.contains("Neue Frage"), "the form is still open: no Esc was read")
        tmux.press("Escape")
        tmux.waitFor("Änderungen verwerfen?")
        // Enter alone says no to what destroys; j says yes.
        tmux.press("Enter")
        tmux.waitFor("Titel         <>AmitteZ")
        tmux.press("Escape")
        tmux.waitFor("Änderungen verwerfen?")
        tmux.press("j")
        tmux.waitFor("q Beenden")
        // On the dashboard, an unknown sequence followed by M opens nothing.
        tmux.press("2")
        tmux.type("\u{1B}[99~")
        tmux.press("j")
        let after = tmux.waitFor("2/26")
        #expect(!after.contains("Zusammenführen mit"))
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }
}
