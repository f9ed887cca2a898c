import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// The Datenschutz view, and what the projector must never show.
@Suite("Screens: data protection")
struct PrivacyScreenTests {
    @Test func theDatenschutzViewAt80x24() {
        var state = ScreenTests.state(ScreenTests.narrow)
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        state.network.meetings[0].attendance[0].persons = ["Anna Müller"]
        _ = Reducer.reduce(&state, .key(.character("D")))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Datenschutz") && buffer.text.contains("Treffen: Namen der Anwesenden     1"))
        #expect(buffer.line(23).contains("e Regel ändern") && !buffer.line(23).contains("unbedenklich"))
        Golden.check(buffer, "privacy-80x24")
    }

    @Test func theProjectorShowsNoContacts() {
        let state = MeetingScreenTests.running(ScreenTests.wide)
        let contacts = state.network.communes.flatMap(\.coordinators).flatMap { [$0.phone, $0.email] }.filter { !$0.isEmpty }
        #expect(!contacts.isEmpty)
        let text = Renderer.render(state).text
        #expect(!contacts.contains(where: text.contains))
    }
}
