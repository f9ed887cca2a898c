/// How long the network keeps personal data (DSGVO Art. 5 storage limitation), in
/// `store.json` so that every clone applies the same rules. The knowledge itself (questions
/// and answers as general cases) is kept; only what names people goes.
public struct RetentionPolicy: Codable, Hashable, Sendable {
    /// The names of those present at a meeting are removed this many months after it.
    public var attendanceNamesMonths: Int
    /// The names in a question (logged by, answered by, assignee) are replaced by the
    /// commune's role this many months after the question was closed or merged.
    public var questionNamesMonths: Int

    public init(attendanceNamesMonths: Int = 12, questionNamesMonths: Int = 24) {
        self.attendanceNamesMonths = attendanceNamesMonths
        self.questionNamesMonths = questionNamesMonths
    }

    /// What a store without its own policy applies.
    public static let standard = RetentionPolicy()
}
