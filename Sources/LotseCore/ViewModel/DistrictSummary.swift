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
        for question in network.questions {
            counts[question.status, default: 0] += 1
            if question.status.isOpen && question.communes.count > 1 { bundled.append(question) }
        }
        self.counts = counts
        self.bundled = bundled.sorted { $0.communes.count > $1.communes.count }
    }
}
