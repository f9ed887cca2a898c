import Crypto
import Foundation
import Testing
@testable import LotseStore

/// The cipher under the sealed values, held to published vectors, and the sealing of a
/// record: what enters git holds no readable name, and what comes out is the same file.
@Suite("Sealed personal values")
struct SealingTests {
    static func hex(_ text: String) -> Data {
        var data = Data()
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            data.append(UInt8(text[index ..< next], radix: 16) ?? 0)
            index = next
        }
        return data
    }

    /// The GCM specification's test cases 13 and 14 (McGrew and Viega): AES-256, a key and
    /// an IV of zeros.
    @Test func aesGCMMatchesThePublishedVectors() throws {
        let key = SymmetricKey(data: Data(count: 32))
        let nonce = try AES.GCM.Nonce(data: Data(count: 12))
        let empty = try AES.GCM.seal(Data(), using: key, nonce: nonce)
        #expect(empty.ciphertext.isEmpty)
        #expect(Data(empty.tag) == Self.hex("530f8afbc74536b9a963b4f1c4cb738b"))
        let zeros = try AES.GCM.seal(Data(count: 16), using: key, nonce: nonce)
        #expect(Data(zeros.ciphertext) == Self.hex("cea7403d4d606b6e074ec5d3baf39d18"))
        #expect(Data(zeros.tag) == Self.hex("d0d1c8a799996bf0265b98b5d48ab919"))
    }

    @Test func aSealedValueOpensOnlyWithItsKeyInItsRecordAndUnchanged() throws {
        let key = SymmetricKey(size: .bits256), other = SymmetricKey(size: .bits256)
        let sealed = try #require(SealedText.seal("Anna Müller", keyID: "2027-03-01.abcdef", key: key, record: "Q1"))
        #expect(sealed.hasPrefix("lotse-sealed:1:2027-03-01.abcdef:") && !sealed.contains("Anna"))
        #expect(SealedText.seal("Anna Müller", keyID: "2027-03-01.abcdef", key: key, record: "Q1") == sealed, "deterministic")
        #expect(SealedText.seal("Anna Müller", keyID: "2027-03-01.abcdef", key: key, record: "Q2") != sealed)
        #expect(SealedText.open(sealed, key: key, record: "Q1") == "Anna Müller")
        #expect(SealedText.open(sealed, key: other, record: "Q1") == nil, "another key")
        #expect(SealedText.open(sealed, key: key, record: "Q2") == nil, "moved into another record")
        // One bit of the ciphertext flipped (in the bytes, not in base64's padding bits).
        let head = "lotse-sealed:1:2027-03-01.abcdef:"
        var bytes = try #require(Data(base64Encoded: String(sealed.dropFirst(head.count))))
        bytes[13] ^= 0x01
        #expect(SealedText.open(head + bytes.base64EncodedString(), key: key, record: "Q1") == nil, "changed")
        #expect(SealedText.open("lotse-sealed:1:2027-03-01.abcdef:###", key: key, record: "Q1") == nil)
    }

    static let meeting = Data("""
        {
          "agenda" : [

          ],
          "attendance" : [
            {
              "commune" : "soest",
              "persons" : [
                "Anna Müller",
                "Ehrenamtskoordination"
              ]
            }
          ],
          "id" : "M1",
          "start" : "2026-03-04T18:00",
          "title" : "Treffen"
        }

        """.utf8)

    @Test func aRecordGoesInSealedAndComesOutTheSameFile() throws {
        var sealer = RecordSealer(ring: KeyRing(), policy: .standard)
        let sealed = sealer.seal(Self.meeting, path: "meetings/M1.json")
        let text = String(decoding: sealed, as: UTF8.self)
        #expect(!text.contains("Anna") && !text.contains("Ehrenamtskoordination") && text.contains("\"Treffen\""))
        // The key of the day the names fall due: twelve months after the meeting.
        #expect(text.contains("lotse-sealed:1:2027-03-04."))
        #expect(sealer.seal(sealed, path: "meetings/M1.json") == sealed, "sealing twice changes nothing")
        #expect(sealer.unseal(sealed) == Self.meeting)
        // Not a record file, or not JSON: passed on as it is.
        #expect(sealer.seal(Self.meeting, path: "store.json") == Self.meeting)
        #expect(sealer.seal(Data("{ broken".utf8), path: "meetings/M1.json") == Data("{ broken".utf8))
    }

    @Test func aDestroyedKeyLeavesThePlaceholderAndTheRingsAgree() throws {
        var sealer = RecordSealer(ring: KeyRing(), policy: .standard)
        let sealed = sealer.seal(Self.meeting, path: "meetings/M1.json")
        var shredded = sealer.ring
        let gone = shredded.shred(through: LocalDate(year: 2027, month: 3, day: 4))
        #expect(gone.count == 1 && shredded.keys.isEmpty && shredded.frontier == "2027-03-05" && shredded.rewritePending)
        let opened = String(decoding: RecordSealer(ring: shredded, policy: .standard).unseal(sealed, placeholder: "gelöscht"), as: UTF8.self)
        #expect(opened.contains("\"gelöscht\"") && !opened.contains("Anna"))
        // A key that may still arrive is never taken for a destroyed one.
        let waiting = RecordSealer(ring: KeyRing(), policy: .standard).unseal(sealed, placeholder: "gelöscht", destroyedOnly: true)
        #expect(waiting == sealed)
        #expect(RecordSealer(ring: shredded, policy: .standard).unseal(sealed, placeholder: "gelöscht", destroyedOnly: true) == Data(opened.utf8))
        // A ring that still has the key, met with one that destroyed it: the key goes, in
        // either order.
        #expect(sealer.ring.merged(with: shredded) == shredded.merged(with: sealer.ring))
        #expect(sealer.ring.merged(with: shredded).keys.isEmpty)
        // After the frontier, a value due before it takes a key that lives.
        var after = shredded
        let key = after.key(forDay: LocalDate(year: 2020, month: 1, day: 1))
        #expect(key.id.hasPrefix("2027-03-05."))
    }
    /// git's filter opens each sealed text where it stands, by the id the file's name gives:
    /// the file must come out byte for byte as the long way (parse, open, write) makes it,
    /// also when a text holds what looks like a sealed one, needs escapes, or the name
    /// gives another id, and with keys destroyed.
    @Test func openingInPlaceGivesTheSameFileAsTheLongWay() throws {
        var sealer = RecordSealer(ring: KeyRing(), policy: .standard)
        let tricky = String(decoding: Self.meeting, as: UTF8.self)
            .replacingOccurrences(of: "Anna Müller", with: "Anna \\\"Änne\\\" Müller\\nzweite Zeile")
            .replacingOccurrences(of: "\"Treffen\"", with: "\"Treffen \\\"lotse-sealed:1:2027-03-04.abc:AAAA\\\" am Abend\"")
        for plain in [Self.meeting, Data(tricky.utf8)] {
            #expect((try? JSONValue.parse(plain)) != nil, "the test's record is JSON")
            let sealed = sealer.seal(plain, path: "meetings/M1.json")
            #expect(!String(decoding: sealed, as: UTF8.self).contains("Änne"))
            #expect(sealer.unseal(sealed, recordID: "M1") == sealer.unseal(sealed))
            #expect(sealer.unseal(sealed, recordID: "M1") == plain)
            #expect(sealer.unseal(sealed, recordID: "M2") == plain, "another name: the long way, by the record's own id")
            #expect(sealer.unsealInPlace(sealed, recordID: "M2", placeholder: nil, destroyedOnly: false) == nil)
            var shredded = sealer.ring
            _ = shredded.shred(through: LocalDate(year: 2027, month: 3, day: 4))
            let destroyed = RecordSealer(ring: shredded, policy: .standard)
            #expect(destroyed.unseal(sealed, placeholder: "gelöscht", destroyedOnly: true, recordID: "M1")
                    == destroyed.unseal(sealed, placeholder: "gelöscht", destroyedOnly: true))
            let waiting = RecordSealer(ring: KeyRing(), policy: .standard)
            #expect(waiting.unseal(sealed, placeholder: "gelöscht", destroyedOnly: true, recordID: "M1") == sealed)
        }
    }
}
