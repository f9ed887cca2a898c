import Crypto
import Foundation

/// Seals the personal values of a record file on its way into git, and opens them on the
/// way out: what git's filter `lotse` does for every record file (`lotse git-filter`), and
/// what Lotse does where it reads a version from git itself. The working tree, the index
/// and the dashboard see the plain record; only the shared history holds it sealed.
///
/// Which fields: the names of those present, a measure's owner, "erfasst von", "klärt",
/// "beantwortet von", "freigegeben von", a coordinator's name, phone and e-mail, and both
/// sides of a conflict on any of them. Roles are sealed as well: nothing in a name field
/// has to be judged before it enters the history.
///
/// Which key: the day the value falls due by the retention policy, as far as the record
/// tells: a meeting's attendance period from its day, a question's names period from its
/// last change (the earliest it can be due; a purge seals again what is not due yet). A
/// coordinator is due when removed: their values take the frontier's key, which the next
/// purge destroys after sealing the current entries again.
public struct RecordSealer: Sendable {
    public var ring: KeyRing
    public var policy: RetentionPolicy

    public init(ring: KeyRing, policy: RetentionPolicy) {
        self.ring = ring
        self.policy = policy
    }

    /// The fields of each kind that hold personal values, as paths of keys; `[]` steps
    /// into every element of a list.
    static let fields: [RecordKind: [[String]]] = [
        .question: [["loggedBy"], ["assignee"], ["answer", "by"], ["release", "by"], ["earlierAnswers", "[]", "by"]],
        .meeting: [["attendance", "[]", "persons", "[]"], ["agenda", "[]", "outcomes", "[]", "owner"]],
        .commune: [["coordinators", "[]", "name"], ["coordinators", "[]", "phone"], ["coordinators", "[]", "email"]],
    ]
    /// The names of those fields, for a conflict's path.
    static let personalNames: Set<String> = ["loggedBy", "assignee", "by", "persons", "attendance", "owner", "outcomes",
                                              "agenda", "answer", "release", "earlierAnswers", "coordinators", "name",
                                              "phone", "email"]

    // MARK: - Sealing

    /// The file with its personal values sealed; the same bytes when it holds none or is
    /// not a record (a broken file is passed on as it is).
    public mutating func seal(_ data: Data, path: String) -> Data {
        guard let (kind, _) = RecordKind.record(at: path), data.count <= Int(RecordFile.sizeLimit),
              let record = try? JSONValue.parse(data), case .object(var fields) = record else { return data }
        let id: String
        if case .string(let text)? = fields["id"] { id = text } else { id = "" }
        let day = dueDay(kind, fields)
        var sealer = self
        var changed = false
        func sealString(_ value: JSONValue) -> JSONValue {
            guard case .string(let text) = value, !text.isEmpty, !SealedText.isSealed(text) else { return value }
            let key = sealer.ring.key(forDay: day)
            guard let sealed = SealedText.seal(text, keyID: key.id, key: key.key, record: id) else { return value }
            changed = true
            return .string(sealed)
        }
        for path in Self.fields[kind] ?? [] {
            fields = Self.map(.object(fields), along: path[...], sealString).object ?? fields
        }
        if case .array(let conflicts)? = fields[SyncConflict.field] {
            fields[SyncConflict.field] = .array(conflicts.map { entry in
                guard case .object(var conflict) = entry else { return entry }
                let names = (conflict["path"]?.array ?? []).compactMap(\.string).map { $0.split(separator: ":").first.map(String.init) ?? $0 }
                if names.contains(where: Self.personalNames.contains) {
                    for side in ["kept", "other"] { conflict[side] = conflict[side].map { Self.everyString(in: $0, sealString) } }
                }
                for side in ["keptBy", "otherBy"] { conflict[side] = conflict[side].map(sealString) }
                return .object(conflict)
            })
        }
        self = sealer
        return changed ? Data(JSONValue.object(fields).canonicalText.utf8) : data
    }

    /// The day a record's personal values fall due, or the frontier's (a coordinator).
    func dueDay(_ kind: RecordKind, _ fields: [String: JSONValue]) -> LocalDate {
        let floor = ring.frontierDay ?? LocalDate(year: 2000, month: 1, day: 1)
        func day(_ key: String) -> LocalDate? {
            guard case .string(let text)? = fields[key] else { return nil }
            return LocalDate(String(text.prefix(10)))
        }
        switch kind {
        case .meeting:
            return day("start").map { max(floor, $0.adding(months: policy.attendanceNamesMonths)) } ?? floor
        case .question:
            return (day("updated") ?? day("created")).map { max(floor, $0.adding(months: policy.questionNamesMonths)) } ?? floor
        case .commune:
            return floor
        }
    }

    // MARK: - Opening

    /// The file with every sealed value opened; a value whose key is destroyed (or never
    /// arrived) becomes `placeholder`, or stays sealed when there is none, so that a file
    /// written back unchanged is the same file. `destroyedOnly`: the placeholder only for a
    /// key a purge destroyed, never for one that may still arrive.
    /// `recordID`: the id the file's name gives, when the caller knows it (git's filter,
    /// checking out 100,000 files): then each sealed text is opened where it stands in the
    /// file, without parsing and writing the whole record again. A text that does not open
    /// with that id (a record under another file's name) sends the file the long way.
    public func unseal(_ data: Data, placeholder: String? = nil, destroyedOnly: Bool = false, recordID: String? = nil) -> Data {
        guard SealedText.mayHoldSealed(data) else { return data }
        if let recordID, let opened = unsealInPlace(data, recordID: recordID, placeholder: placeholder, destroyedOnly: destroyedOnly) {
            return opened
        }
        guard let record = try? JSONValue.parse(data) else { return data }
        let id: String
        if case .string(let text)? = record.object?["id"] { id = text } else { id = "" }
        let opened = Self.everyString(in: record) { value in
            guard case .string(let text) = value, let keyID = SealedText.keyID(of: text) else { return value }
            if let key = ring.key(keyID), let plain = SealedText.open(text, key: key, record: id) { return .string(plain) }
            if destroyedOnly, !(ring.frontier.map { String(keyID.prefix(10)) < $0 } ?? false) { return value }
            return placeholder.map(JSONValue.string) ?? value
        }
        return Data(opened.canonicalText.utf8)
    }

    /// The file with each sealed string literal replaced where it stands: a sealed text is
    /// the prefix, a key id and base64, so it never holds a quote or an escape, and the
    /// opened value is written as `canonicalText` writes a string. Nil when a text does not
    /// open with the key it names although the ring has that key.
    func unsealInPlace(_ data: Data, recordID: String, placeholder: String?, destroyedOnly: Bool) -> Data? {
        let quote = UInt8(ascii: "\"")
        let marker = Data([quote]) + SealedText.prefixBytes
        var out = Data()
        out.reserveCapacity(data.count)
        var copied = data.startIndex
        var searchFrom = data.startIndex
        while let found = data.range(of: marker, in: searchFrom..<data.endIndex) {
            let start = found.lowerBound + 1
            guard let end = data[start...].firstIndex(of: quote) else { return nil }
            let token = data[start..<end]
            guard !token.contains(UInt8(ascii: "\\")) else { return nil }
            searchFrom = end + 1
            // Only a value's own quotes: a quote inside a text is escaped, and a key is
            // followed by a colon (the long way opens values only).
            guard Self.structural(before: found.lowerBound, in: data), !Self.colon(after: end + 1, in: data) else { continue }
            let text = String(decoding: token, as: UTF8.self)
            guard let keyID = SealedText.keyID(of: text) else { continue }
            var replacement: String?
            if let key = ring.key(keyID) {
                guard let plain = SealedText.open(text, key: key, record: recordID) else { return nil }
                replacement = plain
            } else if !destroyedOnly || (ring.frontier.map { String(keyID.prefix(10)) < $0 } ?? false) {
                replacement = placeholder
            }
            guard let replacement else { continue }
            var literal = ""
            JSONValue.writeString(replacement, into: &literal)
            out.append(data[copied..<found.lowerBound])
            out.append(Data(literal.utf8))
            copied = end + 1
        }
        out.append(data[copied..<data.endIndex])
        return out
    }

    /// Whether the byte before `index`, past any white space, is one that comes before a
    /// value: a colon, a comma or an opening bracket.
    static func structural(before index: Data.Index, in data: Data) -> Bool {
        var at = index
        while at > data.startIndex {
            at -= 1
            switch data[at] {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    /// Whether the first byte from `index` on, past any white space, is a colon.
    static func colon(after index: Data.Index, in data: Data) -> Bool {
        var at = index
        while at < data.endIndex {
            switch data[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            case UInt8(ascii: ":"): return true
            default: return false
            }
        }
        return false
    }

    // MARK: - Walking

    static func map(_ value: JSONValue, along path: ArraySlice<String>, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        guard let step = path.first else { return transform(value) }
        let rest = path.dropFirst()
        switch value {
        case .object(var fields) where step != "[]":
            guard let inner = fields[step] else { return value }
            fields[step] = map(inner, along: rest, transform)
            return .object(fields)
        case .array(let items) where step == "[]":
            return .array(items.map { map($0, along: rest, transform) })
        default:
            return value
        }
    }

    static func everyString(in value: JSONValue, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        switch value {
        case .string: return transform(value)
        case .array(let items): return .array(items.map { everyString(in: $0, transform) })
        case .object(let fields): return .object(fields.mapValues { everyString(in: $0, transform) })
        default: return value
        }
    }
}

/// The sealer of a store's repository: its ring and its policy, read from the files.
extension RecordSealer {
    public init(store root: URL) {
        let gitFolder = root.appendingPathComponent(".git")
        var policy = RetentionPolicy.standard
        if case .data(let data) = RecordFile.read(root.appendingPathComponent(FileStore.manifestName).path),
           let manifest = try? JSONValue.parse(data), let retention = manifest.object?["retention"],
           let decoded = try? retention.decode(RetentionPolicy.self) {
            policy = decoded
        }
        self.init(ring: KeyRing.read(gitFolder: gitFolder) ?? KeyRing(), policy: policy)
    }
}
