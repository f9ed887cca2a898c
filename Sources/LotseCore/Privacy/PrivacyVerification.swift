import Foundation
import LotseStore

/// `lotse privacy verify`: the proof that what the retention policy deletes is gone
/// everywhere Lotse keeps anything: the store's files, every object of the git database
/// (reachable or not: reflogs, a stash, what a purge left), the index, drafts and the
/// other files of this machine.
///
/// Which values to look for comes from the records themselves: every version git still
/// holds of a record whose personal data is due (a meeting past its attendance period, a
/// closed question past its names period), of a record deleted since, and of a commune's
/// coordinators removed since. Every person's name, phone number or e-mail address in such
/// a version that the record does not hold today is a finding; then each such value is
/// looked for in the other places, byte for byte.
public struct PrivacyVerification: Sendable {
    public enum Place: Hashable, Sendable {
        /// A store file that still holds a value due (the purge has not run yet).
        case storeFile(String)
        /// An object of the git database, by its id.
        case gitObject(String)
        /// Another file of this machine: the index, a draft, the sync log.
        case file(String)
    }

    public struct Finding: Hashable, Sendable {
        public var place: Place
        /// The record the value belongs to, by its title or name.
        public var record: String
        /// The field it was found in, in the store's words ("loggedBy", "attendance").
        public var field: String
    }

    /// A value due for deletion, and where it came from.
    public struct Value: Hashable, Sendable {
        public var text: String
        public var record: String
        public var field: String
    }

    /// Whether a record's personal data is due, and what of it may stay all the same: a
    /// commune keeps the coordinators entered today.
    struct Current {
        var title: String
        var due: Bool
        var allowed: Set<String> = []
    }

    let current: [String: Current]
    let communes: [Commune]
    public private(set) var findings: [Finding] = []
    public private(set) var values: Set<Value> = []
    /// How many objects and files were searched, for the summary.
    public private(set) var searched = 0

    public init(_ network: Network, asOf day: LocalDate, timeZone: TimeZone) {
        let policy = network.manifest.retentionInForce
        communes = network.communes
        var current: [String: Current] = [:]
        for meeting in network.meetings {
            current[meeting.id] = Current(title: meeting.title, due: meeting.start.date.adding(months: policy.attendanceNamesMonths) <= day)
        }
        for question in network.questions {
            let closed = question.status == .closed || question.status == .merged
            let due = closed && LocalDate(question.updated, in: timeZone).adding(months: policy.questionNamesMonths) <= day
            current[question.id] = Current(title: question.title, due: due)
        }
        for commune in network.communes {
            // A commune's coordinators stay while they are entered; one removed is due.
            current[commune.id] = Current(title: commune.name, due: true,
                                          allowed: Set(commune.coordinators.flatMap { [$0.name, $0.phone, $0.email] }))
        }
        self.current = current
    }

    /// A store file or a version of one from git: its values that should be gone.
    mutating func look(at data: Data, place: Place) -> Bool {
        guard data.count <= Int(RecordFile.sizeLimit), let record = try? JSONValue.parse(data), let fields = record.object,
              case .string(let id)? = fields["id"] else { return false }
        let known = current[id]
        guard known?.due ?? true else { return true }
        let title: String
        if case .string(let text)? = fields["title"] ?? fields["name"] { title = text } else { title = known?.title ?? id }
        var found: [(String, String)] = []
        // A value still sealed is one no key here opens: destroyed, and so deleted.
        func person(_ value: JSONValue?, _ field: String) {
            guard case .string(let text)? = value, !SealedText.isSealed(text), PersonalName.isPerson(text, communes: communes) else { return }
            found.append((text, field))
        }
        person(fields["loggedBy"], "loggedBy")
        person(fields["assignee"], "assignee")
        person(fields["answer"]?.object?["by"], "answer.by")
        person(fields["release"]?.object?["by"], "release.by")
        if case .array(let attendance)? = fields["attendance"] {
            for entry in attendance {
                if case .array(let persons)? = entry.object?["persons"] { persons.forEach { person($0, "attendance") } }
            }
        }
        if case .array(let coordinators)? = fields["coordinators"] {
            for entry in coordinators {
                person(entry.object?["name"], "coordinators.name")
                for key in ["phone", "email"] {
                    if case .string(let text)? = entry.object?[key], !text.isEmpty, !SealedText.isSealed(text) {
                        found.append((text, "coordinators.\(key)"))
                    }
                }
            }
        }
        for (text, field) in found where !(known?.allowed.contains(text) ?? false) {
            values.insert(Value(text: text, record: title, field: field))
            findings.append(Finding(place: place, record: title, field: field))
        }
        return true
    }

    /// A store file as it is now.
    public mutating func lookAtStoreFile(_ data: Data, path: String) {
        searched += 1
        _ = look(at: data, place: .storeFile(path))
    }

    /// A blob of the git database; false when it is not a record's version (then it is
    /// searched, with the other objects, once every record was read).
    public mutating func lookAtBlob(_ data: Data, name: String) -> Bool {
        searched += 1
        return look(at: data, place: .gitObject(name))
    }

    /// A ring of keys (a version of `keys.json`, or this clone's): a key of a day before
    /// the frontier is one a purge destroyed, and must be nowhere. False when the data is
    /// not a ring.
    @discardableResult
    public mutating func lookAtRing(_ data: Data, frontier: String?, place: Place) -> Bool {
        guard data.count < 4_000_000, data.range(of: Data("\"keys\"".utf8)) != nil, let ring = KeyRing.decode(data) else { return false }
        searched += 1
        if let frontier, ring.keys.keys.contains(where: { String($0.prefix(10)) < frontier }) {
            findings.append(Finding(place: place, record: KeyRing.branch, field: "key"))
        }
        return true
    }

    /// An object that is not a record (a commit's message), or a file of this machine (the
    /// index, a draft, the sync log): searched byte for byte for every value found.
    public mutating func search(_ data: Data, in place: Place) {
        searched += 1
        for value in values where data.range(of: Data(value.text.utf8)) != nil {
            findings.append(Finding(place: place, record: value.record, field: value.field))
        }
    }

    /// The findings, one per place and record, in a stable order.
    public var distinctFindings: [Finding] {
        Array(Set(findings)).sorted { ("\($0.place)", $0.record, $0.field) < ("\($1.place)", $1.record, $1.field) }
    }
}

extension PrivacyVerification {
    /// The answer of `lotse privacy verify`, in the run's language: "nichts gefunden", or
    /// each place with the record and field whose value is still there.
    public func report(_ language: Language, day: LocalDate) -> [String] {
        let de = language == .de
        var lines = [de ? "Gesucht nach personenbezogenen Daten, die bis \(Format.shortDate(day)) gelöscht sein müssen: \(Format.grouped(searched, separator: ".")) Dateien und git-Objekte."
                     : "Searched for personal data that must be deleted by \(Format.shortDate(day)): \(Format.grouped(searched, separator: ",")) files and git objects."]
        let found = distinctFindings
        guard !found.isEmpty else {
            lines.append(de ? "✓ Nichts gefunden." : "✓ Nothing found.")
            return lines
        }
        lines.append(de ? "✗ Gefunden an \(found.count) \(found.count == 1 ? "Stelle" : "Stellen"):" : "✗ Found in \(found.count) \(found.count == 1 ? "place" : "places"):")
        for finding in found {
            let place: String
            switch finding.place {
            case .storeFile(let path): place = (de ? "Store-Datei " : "store file ") + path
            case .gitObject(let name): place = (de ? "git-Objekt " : "git object ") + String(name.prefix(12))
            case .file(let path): place = path
            }
            lines.append("- \(TerminalSafe.line(place)): „\(TerminalSafe.line(finding.record, width: 60))“, \(Self.fieldName(finding.field, language))")
        }
        let inStore = found.contains { if case .storeFile = $0.place { return true } else { return false } }
        let inGit = found.contains { if case .gitObject = $0.place { return true } else { return false } }
        if inStore { lines.append(de ? "Die Store-Dateien bereinigt `lotse purge`." : "`lotse purge` cleans up the store files.") }
        if inGit {
            lines.append(de ? "`lotse purge` vernichtet die Schlüssel dieser Werte; steht danach „Löschung ausstehend“ in `lotse sync status`, muss der Server erst Force-Pushes auf `lotse-keys` erlauben."
                         : "`lotse purge` destroys the keys of these values; if `lotse sync status` says \"deletion pending\" afterwards, the server must allow force pushes to `lotse-keys` first.")
        }
        return lines
    }

    static func fieldName(_ field: String, _ language: Language) -> String {
        let de = language == .de
        switch field {
        case "loggedBy": return de ? "erfasst von" : "logged by"
        case "answer.by": return de ? "beantwortet von" : "answered by"
        case "assignee": return de ? "klärt" : "clarified by"
        case "release.by": return de ? "freigegeben von" : "released by"
        case "attendance": return de ? "Namen der Anwesenden" : "names of those present"
        case "coordinators.name": return de ? "Name einer Koordination" : "a coordinator's name"
        case "coordinators.phone": return de ? "Telefon einer Koordination" : "a coordinator's phone"
        case "coordinators.email": return de ? "E-Mail einer Koordination" : "a coordinator's e-mail"
        case "key": return de ? "ein vernichteter Schlüssel" : "a destroyed key"
        default: return field
        }
    }
}
