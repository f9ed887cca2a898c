import LotseStore

/// The district at a glance, for the detail area when "all communes" is selected: how
/// many questions have each status, and the open ones raised in several communes (the
/// bundling), most communes first. Derived once per change of the records.
public struct DistrictSummary: Sendable {
    public var counts: [QuestionStatus: Int]
    public var bundled: [Question]
    /// Answers released for the volunteers' guide, edited since, and the "prüfen bis" days
    /// of the others, soonest first: which are due depends on the day shown, not on the records.
    public var released: Int
    public var changed: Int
    public var rechecks: [LocalDate]

    public init(network: Network) {
        var counts: [QuestionStatus: Int] = [:]
        var bundled: [Question] = []
        // Fields read in place; only the bundled questions are copied.
        var byStatus = Array(repeating: 0, count: QuestionStatus.allCases.count)
        var released = 0
        var changed = 0
        var rechecks: [LocalDate] = []
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                let status = questions[index].status
                byStatus[status.ordinal] += 1
                if status.isOpen && questions[index].communes.count > 1 { bundled.append(questions[index]) }
                if let release = questions[index].release {
                    // Any day before a release's own "prüfen bis": changed or current, never due.
                    switch questions[index].guideState(on: release.recheck) {
                    case .changed: changed += 1; released += 1
                    case .released, .due: rechecks.append(release.recheck); released += 1
                    case .unreleased: break
                    }
                }
            }
        }
        self.released = released
        self.changed = changed
        self.rechecks = rechecks.sorted()
        for status in QuestionStatus.allCases where byStatus[status.ordinal] > 0 { counts[status] = byStatus[status.ordinal] }
        self.counts = counts
        self.bundled = bundled.sorted { $0.communes.count > $1.communes.count }
    }
}
