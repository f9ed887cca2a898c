import LotseStore

/// Which personal data a store holds, by kind: what a data protection officer asks first.
/// Counted from the records as they are; roles and offices are not persons.
public struct PrivacyInventory: Hashable, Sendable {
    public enum Kind: CaseIterable, Hashable, Sendable {
        case coordinatorName, coordinatorPhone, coordinatorEmail, attendeeName, loggedBy, answeredBy, assignee, measureOwner
    }

    public struct Holding: Hashable, Sendable {
        public var kind: Kind
        /// Values of this kind in the store (a name counts once per record that holds it).
        public var values: Int
        /// Records that hold them.
        public var records: Int
    }

    /// A text that the personal-data check flags: it should be a general case.
    public struct Flag: Hashable, Sendable {
        public var kind: RecordKind
        public var id: String
        public var title: String
        public var findings: [PrivacyCheck.Finding]
    }

    public var holdings: [Holding]
    public var flags: [Flag]

    public init(_ network: Network) {
        let communes = network.communes
        // The same few roles stand in most records: each value is judged once.
        var judged: [String: Bool] = [:]
        func person(_ value: String?) -> Bool {
            guard let value else { return false }
            if let known = judged[value] { return known }
            let answer = PersonalName.isPerson(value, communes: communes)
            judged[value] = answer
            return answer
        }
        var counts: [Kind: (values: Int, records: Int)] = [:]
        func add(_ kind: Kind, _ values: Int) {
            guard values > 0 else { return }
            counts[kind, default: (0, 0)].values += values
            counts[kind, default: (0, 0)].records += 1
        }
        for commune in network.communes {
            add(.coordinatorName, commune.coordinators.filter { person($0.name) }.count)
            add(.coordinatorPhone, commune.coordinators.filter { !$0.phone.isEmpty }.count)
            add(.coordinatorEmail, commune.coordinators.filter { !$0.email.isEmpty }.count)
        }
        var flags: [Flag] = []
        for meeting in network.meetings {
            add(.attendeeName, meeting.attendance.reduce(0) { $0 + $1.persons.filter(person).count })
            let outcomes = meeting.agenda.flatMap(\.outcomes)
            add(.measureOwner, outcomes.filter { person($0.owner) }.count)
            let texts = meeting.agenda.flatMap { [$0.title, $0.description, $0.notes] + $0.outcomes.map(\.text) }
            let findings = PrivacyCheck.findings(in: texts.joined(separator: "\n"))
            if !findings.isEmpty { flags.append(Flag(kind: .meeting, id: meeting.id, title: meeting.title, findings: findings)) }
        }
        // The texts' patterns on every core: each text is checked on its own.
        let questions = network.questions
        let findings = ParallelMap.map(questions.count) { index in
            let question = questions[index]
            return PrivacyCheck.findings(in: [question.title, question.body, question.answer?.text ?? ""].joined(separator: "\n"))
        }
        for (question, findings) in zip(questions, findings) {
            add(.loggedBy, person(question.loggedBy) ? 1 : 0)
            add(.answeredBy, person(question.answer?.by) ? 1 : 0)
            add(.assignee, person(question.assignee) ? 1 : 0)
            if !findings.isEmpty { flags.append(Flag(kind: .question, id: question.id, title: question.title, findings: findings)) }
        }
        holdings = Kind.allCases.map { kind in
            Holding(kind: kind, values: counts[kind]?.values ?? 0, records: counts[kind]?.records ?? 0)
        }
        self.flags = flags
    }
}
