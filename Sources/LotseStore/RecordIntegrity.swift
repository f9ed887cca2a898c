/// The checks across records: every reference names a record that exists, no question is
/// merged in a circle, and every index points into its list. The records load all the
/// same; these are reported, so that `check` and the dashboard can say what to mend.
enum RecordIntegrity {
    /// `present`: the ids of the record files that did not load (the loaded ones are in
    /// `network`), so that a broken
    /// file is reported once, not again by everything that refers to it.
    static func problems(in network: Network, present: [RecordKind: Set<String>]) -> [StoreProblem] {
        problems(communes: network.communes, questions: network.questions, meetings: network.meetings, present: present)
    }

    /// The same, from what a question refers to alone: `check` takes that from the index
    /// for the files it holds unchanged, without making whole questions.
    static func problems<Q: QuestionReferences>(communes listed: [Commune], questions: [Q], meetings listedMeetings: [Meeting],
                                                present: [RecordKind: Set<String>]) -> [StoreProblem] {
        let network = (communes: listed, questions: questions, meetings: listedMeetings)
        let communes = Set(network.communes.map(\.id)).union(present[.commune] ?? [])
        // Each question's fields read in place (a copy of each is a dozen references
        // counted), and of the merged ones only where they lead, the first of equal ids kept.
        var questionIDs = Set<String>(minimumCapacity: network.questions.count)
        var leadsTo: [String: String] = [:]
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                let id = questions[index].id
                guard questionIDs.insert(id).inserted else { continue }
                if let target = questions[index].duplicateOf { leadsTo[id] = target }
            }
        }
        questionIDs.formUnion(present[.question] ?? [])
        let meetings = Set(network.meetings.map(\.id)).union(present[.meeting] ?? [])
        var problems: [StoreProblem] = []
        func report(_ kind: RecordKind, _ id: String, _ reason: StoreProblem.Reason) {
            problems.append(StoreProblem(path: "\(kind.folder)/\(id).json", reason: reason))
        }
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                for commune in questions[index].communes where !communes.contains(commune) {
                    report(.question, questions[index].id, .unknownReference(field: "communes", id: commune))
                }
                if let target = questions[index].duplicateOf {
                    let id = questions[index].id
                    if !questionIDs.contains(target) {
                        report(.question, id, .unknownReference(field: "duplicateOf", id: target))
                    } else if leadsBack(from: id, leadsTo: leadsTo) {
                        report(.question, id, .mergeCycle)
                    }
                }
                if let meeting = questions[index].answeringMeeting, !meetings.contains(meeting) {
                    report(.question, questions[index].id, .unknownReference(field: "answer.meeting", id: meeting))
                }
            }
        }
        for meeting in network.meetings {
            for commune in meeting.invited where !communes.contains(commune) {
                report(.meeting, meeting.id, .unknownReference(field: "invited", id: commune))
            }
            for attendance in meeting.attendance where !communes.contains(attendance.commune) {
                report(.meeting, meeting.id, .unknownReference(field: "attendance", id: attendance.commune))
            }
            if let current = meeting.currentItem, !meeting.agenda.indices.contains(current) {
                report(.meeting, meeting.id, .outOfRange(field: "currentItem"))
            }
            for (index, item) in meeting.agenda.enumerated() {
                for question in item.questions where !questionIDs.contains(question) {
                    report(.meeting, meeting.id, .unknownReference(field: "agenda[\(index)].questions", id: question))
                }
                for (o, outcome) in item.outcomes.enumerated() {
                    if let question = outcome.question, !questionIDs.contains(question) {
                        report(.meeting, meeting.id, .unknownReference(field: "agenda[\(index)].outcomes[\(o)].question", id: question))
                    }
                }
            }
        }
        return problems
    }

    /// Whether following `duplicateOf` from a question comes back to it.
    private static func leadsBack(from start: String, leadsTo: [String: String]) -> Bool {
        var seen: Set<String> = [start]
        var next = leadsTo[start]
        while let id = next {
            if id == start { return true }
            guard seen.insert(id).inserted else { return false }
            next = leadsTo[id]
        }
        return false
    }
}

/// What a question refers to: the checks across records read nothing else.
protocol QuestionReferences {
    var id: String { get }
    var communes: [String] { get }
    var duplicateOf: String? { get }
    var answeringMeeting: String? { get }
}

extension Question: QuestionReferences {
    var answeringMeeting: String? { answer?.meeting }
}

/// A question's references as the index holds them.
struct QuestionLinks: QuestionReferences, Identifiable {
    var id: String
    var communes: [String]
    var duplicateOf: String?
    var answeringMeeting: String?

    init(id: String, communes: [String], duplicateOf: String?, answeringMeeting: String?) {
        self.id = id
        self.communes = communes
        self.duplicateOf = duplicateOf
        self.answeringMeeting = answeringMeeting
    }

    init(_ question: Question) {
        self.init(id: question.id, communes: question.communes, duplicateOf: question.duplicateOf, answeringMeeting: question.answer?.meeting)
    }
}
