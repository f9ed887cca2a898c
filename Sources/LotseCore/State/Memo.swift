import LotseStore

/// A value kept beside the state that is not part of its identity: two states that differ
/// only in their memo are equal. For caches of derived values, which are a function of
/// the rest of the state and only save work.
public struct Memo<Value: Sendable>: Equatable, Hashable, Sendable {
    public var value: Value

    public init(_ value: Value) { self.value = value }

    public static func == (lhs: Memo, rhs: Memo) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// The derived values of the screens, each with the inputs it was derived from.
struct ViewCache: Sendable {
    /// Counts every change of the records, so that a derived value knows whether it is stale
    /// without comparing thousands of records.
    var revision = 0
    var questionIndex: [String: Int] = [:]
    var questionIndexRevision = -1
    var home: HomeView?
    /// The order of all questions the list was last made in, for the next list from the
    /// same records (a filter typed, a status chosen); carried over to a new revision when a
    /// colleague's edit changed nothing it is sorted by.
    var order: OrderCache?
    /// The questions' texts folded for filtering and the knowledge search.
    var corpus: CorpusCache?
    var knowledge: KnowledgeCache?
    var matrix: MatrixCache?
    var measures: MeasuresCache?
    var district: DistrictCache?
    var similarity: SimilarityCache?
    var merge: MergeCache?
    var privacy: PrivacyCache?
    var list: ListCache?

    /// The rows of the list screens on the stack, each keyed by the screen without its
    /// cursor (a commune's coordinators are not another's).
    struct ListCache: Sendable {
        var revision: Int
        var rows: [AnyListScreen: any Sendable]
    }

    struct OrderCache: Sendable {
        var revision: Int
        var sort: QuestionQuery.Sort
        var positions: [Int32]
    }

    struct CorpusCache: Sendable {
        var revision: Int
        var corpus: SearchCorpus
    }

    /// The Datenschutz view's facts: every text checked and every record's due date.
    struct PrivacyCache: Sendable {
        var revision: Int
        var today: LocalDate
        var inventory: PrivacyInventory
        var plan: RetentionPlan
    }

    struct MergeCache: Sendable {
        var revision: Int
        var source: String
        var filter: String
        var candidates: [Question]
    }

    struct SimilarityCache: Sendable {
        var revision: Int
        var index: SimilarityIndex
    }


    struct DistrictCache: Sendable {
        var revision: Int
        var summary: DistrictSummary
    }

    struct KnowledgeCache: Sendable {
        var revision: Int
        var query: String
        var hits: [KnowledgeSearch.Hit]
    }

    struct MatrixCache: Sendable {
        var revision: Int
        var matrix: NeedsMatrix
    }

    struct MeasuresCache: Sendable {
        var revision: Int
        var all: Bool
        var today: LocalDate
        var rows: [MeasureRow]
    }
}
