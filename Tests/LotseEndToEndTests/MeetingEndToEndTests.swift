import Foundation
import Testing

/// A short meeting in a real terminal, the way the KI staff run it on the projector:
/// start, next TOP, a decision and a measure, end, minutes exported; then a restart
/// finds the meeting as it was left.
@Suite("End to end: a meeting in tmux", .serialized)
struct MeetingEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-meeting-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func runAShortMeetingAndExportTheMinutes() throws {
        let minutes = folder.appendingPathComponent("Protokoll März.md").path
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        tmux.waitFor("Alle Kommunen")
        tmux.press("3", "m")
        tmux.waitFor("○ noch nicht begonnen")
        var screen = tmux.waitFor("TOP 1 von 6")
        #expect(screen.contains("/ 10:00"), "the timer shows the plan")
        tmux.press("Space")
        // The example meeting is dated 13.03.2017, not today: starting asks first.
        screen = tmux.waitFor("Zeit starten?")
        #expect(screen.contains("13.03.2017"))
        tmux.press("Enter")
        tmux.waitFor("▶ läuft")
        tmux.press("Right")
        screen = tmux.waitFor("TOP 2 von 6")
        #expect(screen.contains("Stand der Maßnahmen"))
        tmux.press("b")
        tmux.waitFor("┌─ Beschluss")
        tmux.type("Die Sprachmittlerliste wird kreisweit geteilt.")
        tmux.press("Enter")
        tmux.waitFor("◆ Beschluss: Die Sprachmittlerliste wird kreisweit geteilt.")
        // A typo spotted on the projector is corrected there, the timer in sight.
        tmux.press("Down")
        tmux.waitFor("▶ ◆ Beschluss")
        tmux.press("e")
        tmux.waitFor("┌─ Ergebnis korrigieren")
        tmux.press("C-u")
        tmux.type("Die Sprachmittlerliste wird kreisweit geteilt, ab April.")
        tmux.press("Enter")
        tmux.waitFor("Beschluss: Die Sprachmittlerliste wird kreisweit geteilt, ab April.")
        tmux.press("Up")
        tmux.press("M")
        tmux.waitFor("┌─ Maßnahme")
        tmux.type("Liste der Fahrradwerkstätten")
        tmux.press("Tab")
        tmux.type("Werl")
        tmux.press("Tab")
        tmux.type("30.4.")
        tmux.press("Enter")
        tmux.waitFor("▸ Maßnahme: Liste der Fahrradwerkstätten — Werl, fällig 30.04.2017")
        tmux.press("E")
        tmux.waitFor("Sitzung beenden?")
        tmux.press("j")
        tmux.waitFor("✓ beendet")
        tmux.press("x")
        tmux.waitFor("Protokoll speichern als")
        tmux.press("C-u")
        tmux.type(minutes)
        tmux.press("Enter")
        tmux.waitFor("✓ Gespeichert: /")
        tmux.press("q")
        tmux.waitFor("EXIT=0")

        let text = try String(contentsOfFile: minutes, encoding: .utf8)
        #expect(text.hasPrefix("# Protokoll: 2. Treffen der Ehrenamtskoordinatoren\n"))
        #expect(text.contains("## TOP 2: Stand der Maßnahmen"))
        #expect(text.contains("- **Beschluss:** Die Sprachmittlerliste wird kreisweit geteilt, ab April."), "the correction is in the minutes")
        #expect(text.contains("- **Protokoll:** Entwurf"))
        #expect(text.contains("- **Maßnahme:** Liste der Fahrradwerkstätten — verantwortlich: Werl — fällig: 30.04.2017"))
        #expect(text.contains("| 2 | Liste der Fahrradwerkstätten | Werl | Werl | 30.04.2017 | offen |"))
        #expect(text.contains("(geplant 20)*"), "the minutes say how long a TOP took")

        // Started again, the dashboard shows the ended meeting at the TOP where it stopped.
        let again = try Tmux(Tmux.lotseCommand(["--store", store]), width: 80, height: 24)
        again.waitFor("Alle Kommunen")
        again.press("3", "m")
        screen = again.waitFor("✓ beendet")
        #expect(screen.contains("Ergebnis der Sitzung"), "an ended meeting shows its result, not a countdown")
        #expect(!screen.contains("Als Nächstes") && !screen.contains("E Ende"))
        again.press("Space")
        again.waitFor("Das Treffen ist beendet")
        again.press("q")
        again.waitFor("EXIT=0")
    }
}
