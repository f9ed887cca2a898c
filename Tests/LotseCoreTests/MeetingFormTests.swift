import Foundation
import Testing
@testable import LotseCore
import LotseStore

@Suite("Meeting forms and date input")
struct MeetingFormTests {
    @Test func invitedCommunesAreFoundByNameOrSlug() {
        var form = MeetingForms.newMeeting(today: LocalDate(year: 2017, month: 1, day: 1), title: "T")
        form.set(.invited, "Werl, möhnesee")
        let problems = MeetingForms.problems(form, network: ExampleNetwork.make(), today: LocalDate(year: 2017, month: 1, day: 1))
        #expect(problems.isEmpty, "\(problems)")
    }
}
