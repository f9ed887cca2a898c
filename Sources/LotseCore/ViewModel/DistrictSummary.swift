import LotseStore

/// The district at a glance, for the detail area when "all communes" is selected: how
/// many questions have each status, and the open ones raised in several communes (the
/// bundling), most communes first. Derived once per change of the records.
public struct DistrictSummary: Sendable {
    public var counts: [QuestionStatus: Int]
    public var bundled: [Question]

    public init(network: Network) {
        var counts: [QuestionStatus: Int] = [:]
        var bundled: [Question] = []
        // Fields read in place; only the bundled questions are copied.
        var byStatus = Array(repeating: 0, count: QuestionStatus.allCases.count)
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                let status = questions[index].status
                byStatus[status.ordinal] += 1
                if status.isOpen && questions[index].communes.count > 1 { bundled.append(questions[index]) }
            }
        }
        for status in QuestionStatus.allCases where byStatus[status.ordinal] > 0 { counts[status] = byStatus[status.ordinal] }
        self.counts = counts
        self.bundled = bundled.sorted { $0.communes.count > $1.communes.count }
    }
}
