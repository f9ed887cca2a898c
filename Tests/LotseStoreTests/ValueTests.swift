import Foundation
import Testing
@testable import LotseStore

@Suite("Store: ids and dates")
struct ValueTests {
    @Test func idsAreWellFormedSortableAndDistinct() {
        var generator = SeededGenerator(seed: 7)
        let early = RecordID.make(at: Date(timeIntervalSince1970: 1_000), using: &generator)
        let late = RecordID.make(at: Date(timeIntervalSince1970: 2_000), using: &generator)
        #expect(RecordID.isValid(early) && RecordID.isValid(late))
        #expect(early < late)
        let many = Set((0..<1_000).map { _ in RecordID.make() })
        #expect(many.count == 1_000)
        #expect(!RecordID.isValid("01ABC"))
        #expect(!RecordID.isValid("01AAAAAAAAAAAAAAAAAAAAAAAI"))  // I is not Crockford base32
    }

    @Test func localDatesParseValidateAndKnowTheirWeekday() {
        #expect(LocalDate("2016-12-05")?.weekday == 0)  // the first meeting was a Monday
        #expect(LocalDate("2017-03-13")?.weekday == 0)
        #expect(LocalDate("2016-02-29") != nil)
        #expect(LocalDate("2017-02-29") == nil)
        #expect(LocalDate("2017-13-01") == nil)
        #expect(LocalDate("5.12.2016") == nil)
        #expect(LocalDateTime("2016-12-05T15:00")?.description == "2016-12-05T15:00")
        #expect(LocalDateTime("2016-12-05T25:00") == nil)
        let end = LocalDateTime("2016-12-05T15:00")?.adding(minutes: 145)
        #expect(end?.hour == 17 && end?.minute == 25)
    }
}
