import Foundation
import Testing
@testable import LotseCore
import LotseStore

@Suite("Meeting forms and date input")
struct MeetingFormTests {
    @Test func invitedCommunesAreFoundByNameOrSlug() {
        var form = MeetingForms.newMeeting(today: LocalDate(year: 2017, month: 1, day: 1), title: "T", network: Fixtures.network)
        form.set(.invited, "Werl, möhnesee")
        let problems = MeetingForms.problems(form, network: ExampleNetwork.make(), today: LocalDate(year: 2017, month: 1, day: 1))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func invitedIsAListOfTheActiveCommunesTickedWithTheSpaceBar() throws {
        var network = ExampleNetwork.make()
        let werl = try #require(network.communes.firstIndex { $0.id == "werl" })
        network.communes[werl].archived = true
        var form = MeetingForms.newMeeting(today: LocalDate(year: 2017, month: 1, day: 1), title: "T", network: network)
        let invited = try #require(form.fields.firstIndex { $0.id == .invited })
        let options = try #require(form.fields[invited].choices?.options)
        #expect(options.first == "Anröchte" && !options.contains("Werl"), "the active communes by name: \(options)")
        form.focus = invited
        for key in [Key.down, .character(" ")] {
            let taken = form.handle(key)
            #expect(taken)
        }
        #expect(form.text(.invited) == options[1], "the field's text follows the ticks")
        for key in [Key.character("s"), .character(" ")] {
            let taken = form.handle(key)
            #expect(taken)
        }
        #expect(form.text(.invited) == "\(options[1]), Soest")
        let cleared = form.handle(.control("u"))
        #expect(cleared && form.text(.invited).isEmpty, "Ctrl-U ticks none: all")
        #expect(MeetingForms.invited(form.text(.invited), network: network).count == network.communes.count - 1)
        form.fields[invited].choices?.cursor = 0
        let up = form.handle(.up)
        #expect(!up, "↑ on the first commune leaves the list for the field above")
    }
}

extension MeetingFormTests {
    @Test func datesAsPeopleTypeThem() {
        let meetingDay = LocalDate(year: 2017, month: 3, day: 13)
        #expect(DateInput.date("31.03.2017", reference: meetingDay) == LocalDate(year: 2017, month: 3, day: 31))
        #expect(DateInput.date("2017-03-31", reference: meetingDay) == LocalDate(year: 2017, month: 3, day: 31))
        #expect(DateInput.date("5.4.", reference: meetingDay) == LocalDate(year: 2017, month: 4, day: 5))
        // A day without a year that has passed already means next year's.
        #expect(DateInput.date("1.2.", reference: meetingDay) == LocalDate(year: 2018, month: 2, day: 1))
        #expect(DateInput.date("29.02.2017", reference: meetingDay) == nil)
        #expect(DateInput.date("3/31/2017", reference: meetingDay) == nil)
        #expect(DateInput.date("", reference: meetingDay) == nil)
        #expect(DateInput.time("9:30")! == (9, 30))
        #expect(DateInput.time("14.00")! == (14, 0))
        #expect(DateInput.time("14")! == (14, 0))
        #expect(DateInput.time("24:00") == nil)
        #expect(DateInput.time("9:3") == nil)
    }

    @Test func theHelpListsEveryKeyBinding() {
        let text = HelpContent.make(Strings.german).lines.flatMap(\.spans).map(\.text).joined(separator: "\n")
        for binding in KeyMap.bindings {
            #expect(text.contains(Strings.german.commandHelp(binding.command)), "\(binding.command) missing from the help")
        }
    }

    @Test func theClockFormatsAndSumsSpans() {
        let start = Date(timeIntervalSince1970: 1_000)
        var item = AgendaItem(number: 1, title: "T", plannedMinutes: 1)
        item.spans = [TimeSpan(start: start, end: start.addingTimeInterval(50)), TimeSpan(start: start.addingTimeInterval(100))]
        #expect(MeetingClock.elapsed(item, now: start.addingTimeInterval(130)) == 80)
        #expect(MeetingClock.overrun(item, now: start.addingTimeInterval(130)) == 20)
        #expect(MeetingClock.isRunning(item))
        #expect(MeetingClock.format(seconds: 3_723) == "1:02:03")
        #expect(MeetingClock.format(seconds: -65) == "-01:05")
        // A clock set back never makes time negative.
        #expect(MeetingClock.elapsed(item, now: start) == 50)
    }
}

/// What the commune, coordinator, category and meeting forms say about a wrong value.
extension MeetingFormTests {
    @Test func aTimeThatDoesNotExistIsSaidAsSuch() {
        let today = LocalDate(year: 2017, month: 1, day: 1)
        var form = MeetingForms.newMeeting(today: today, title: "T", network: Fixtures.network)
        form.set(.time, "25:00")
        let problems = MeetingForms.problems(form, network: ExampleNetwork.make(), today: today)
        #expect(problems[.time] == .noSuchTime("25:00"))
        #expect(MeetingScreenTexts.german.problem(.noSuchTime("25:00")) == "25:00 gibt es nicht: Stunden 0 bis 23, Minuten 00 bis 59.")
        form.set(.time, "halb drei")
        #expect(MeetingForms.problems(form, network: ExampleNetwork.make(), today: today)[.time] == .badTime)
        #expect(DateInput.impossibleTime("12:60") == "12:60" && DateInput.impossibleTime("9:30") == nil)
    }

    @Test func aCategoryNameTakenIsACategoryNotACommune() {
        let network = ExampleNetwork.make()
        let existing = network.manifest.categories[0], other = network.manifest.categories[1]
        var form = CategoryForm.make(other)
        form.set(.name, existing.uppercased())
        let problems = MeetingForms.problems(form, network: network, today: LocalDate(year: 2017, month: 1, day: 1))
        #expect(problems[.name] == .categoryTaken)
        #expect(MeetingScreenTexts.german.problem(.categoryTaken) == "Diese Kategorie gibt es schon.")
    }

    @Test func aCoordinatorsPhoneAndEmailAreChecked() {
        let network = ExampleNetwork.make()
        let soest = network.communes[0]
        var form = CoordinatorForm.make(of: soest, index: nil, language: .de)
        form.set(.name, "KI Kreis Soest")
        form.set(.phone, "abc")
        form.set(.email, "keine-mail")
        var problems = MeetingForms.problems(form, network: network, today: LocalDate(year: 2017, month: 1, day: 1))
        #expect(problems[.phone] == .badPhone && problems[.email] == .badEmail)
        form.set(.phone, "+49 (2921) 30-0")
        form.set(.email, "ki@kreis-soest.de")
        problems = MeetingForms.problems(form, network: network, today: LocalDate(year: 2017, month: 1, day: 1))
        #expect(problems[.phone] == nil && problems[.email] == nil)
        for good in ["02921/1030", "0 29 21 - 10 30", ""] { #expect(ContactCheck.isPhone(good), "\(good)") }
        for bad in ["1234", "02921 ext. 5", "☎ 02921"] { #expect(!ContactCheck.isPhone(bad), "\(bad)") }
        for good in ["a@b.de", "vorname.name@stadt-werl.de", ""] { #expect(ContactCheck.isEmail(good), "\(good)") }
        for bad in ["@b.de", "a@b", "a@@b.de", "a b@c.de", "a@.de", "a@b..de"] { #expect(!ContactCheck.isEmail(bad), "\(bad)") }
    }

    /// A coordinator named in the guide stays so when the entry is edited, and the form's
    /// choice sets it: editing the phone number never drops the consent.
    @Test func theGuideChoiceKeepsAndSetsAPublicEntry() throws {
        var network = ExampleNetwork.make()
        network.communes[0].coordinators = [Coordinator(name: "Carla Offen", role: "Quartiersbüro", isPublic: true)]
        var state = AppState(network: network, storeLabel: "", language: .de)
        var form = CoordinatorForm.make(of: network.communes[0], index: 0, language: .de)
        #expect(form.text(.inGuide) == "mit Namen")
        form.set(.phone, "02921 30-0")
        let change = try #require(MeetingForms.change(form, state: &state))
        #expect(change.writes.first?.new?.commune?.coordinators.first?.isPublic == true)
        form.set(.inGuide, "nur die Rolle")
        let withdrawn = try #require(MeetingForms.change(form, state: &state))
        #expect(withdrawn.writes.first?.new?.commune?.coordinators.first?.isPublic == false)
    }
}
