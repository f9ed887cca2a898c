/// The field-level three-way merge of two versions of a record against the version both
/// started from. Fields changed on one side only are taken from that side; a field
/// changed on both sides to different values is a conflict, resolved for the moment in
/// favour of `prefer` and listed, so that no value is lost. Objects merge key by key;
/// lists of things with an identity (an `id`, or a commune's slug) merge by identity;
/// lists of plain values (tags, communes, invitations) merge as sets.
///
/// The dashboard's saves, the command line and git's merge driver all use this one
/// function.
public enum JSONMerge {
    public enum Side: Sendable { case mine, theirs }

    /// A field both sides changed, with all three values (nil: the field is absent).
    public struct Conflict: Hashable, Sendable {
        public var path: [String]
        public var base: JSONValue?
        public var mine: JSONValue?
        public var theirs: JSONValue?

        public init(path: [String], base: JSONValue?, mine: JSONValue?, theirs: JSONValue?) {
            self.path = path
            self.base = base
            self.mine = mine
            self.theirs = theirs
        }
    }

    public struct Result: Sendable {
        /// The merged value; nil when the record is deleted.
        public var value: JSONValue?
        public var conflicts: [Conflict]
        /// Top-level fields whose value came from the other side.
        public var fromTheirs: [String]
    }

    public static func merge(base: JSONValue?, mine: JSONValue?, theirs: JSONValue?, prefer: Side) -> Result {
        var conflicts: [Conflict] = []
        let value = merge(base, mine, theirs, path: [], prefer: prefer, conflicts: &conflicts)
        var fromTheirs: [String] = []
        if case .object(let merged)? = value {
            let mineFields = mine?.object ?? [:]
            let baseFields = base?.object ?? [:]
            for (key, field) in merged where key != "updated" && field != mineFields[key] && field != baseFields[key] {
                fromTheirs.append(key)
            }
            for key in (theirs?.object ?? [:]).keys where merged[key] == nil && baseFields[key] != nil && mineFields[key] != nil {
                fromTheirs.append(key)
            }
        }
        return Result(value: value, conflicts: conflicts, fromTheirs: fromTheirs.sorted())
    }

    private static func merge(_ base: JSONValue?, _ mine: JSONValue?, _ theirs: JSONValue?, path: [String],
                              prefer: Side, conflicts: inout [Conflict]) -> JSONValue? {
        if mine == theirs { return mine }
        if mine == base { return theirs }
        if theirs == base { return mine }
        // When a record was last changed is no one's choice: both sides set it, the later wins.
        if path.last == "updated", case .string(let m)? = mine, case .string(let t)? = theirs {
            return .string(max(m, t))
        }
        switch (base, mine, theirs) {
        case (let b, .object(let m)?, .object(let t)?):
            let baseFields = b?.object ?? [:]
            var result: [String: JSONValue] = [:]
            for key in Set(m.keys).union(t.keys).union(baseFields.keys) {
                if let value = merge(baseFields[key], m[key], t[key], path: path + [key], prefer: prefer, conflicts: &conflicts) {
                    result[key] = value
                }
            }
            return .object(result)
        case (let b, .array(let m)?, .array(let t)?):
            let baseItems: [JSONValue] = { if case .array(let items)? = b { return items } else { return [] } }()
            if let merged = mergeByIdentity(baseItems, m, t, path: path, prefer: prefer, conflicts: &conflicts) {
                return .array(merged)
            }
            if (m + t + baseItems).allSatisfy(\.isScalar) {
                return .array(mergeAsSet(baseItems, m, t))
            }
            fallthrough
        default:
            conflicts.append(Conflict(path: path, base: base, mine: mine, theirs: theirs))
            return prefer == .mine ? mine : theirs
        }
    }

    /// The key that identifies an element of a list, if every element has one: an id, a
    /// commune's slug (attendance), or a timer span's start.
    static func identity(_ value: JSONValue) -> String? {
        guard let fields = value.object else { return nil }
        for key in ["id", "commune", "start"] {
            if case .string(let id)? = fields[key], !id.isEmpty { return key + ":" + id }
        }
        return nil
    }

    /// Lists whose elements all carry an identity: each element merged with its namesakes;
    /// order from theirs, with mine's new elements where mine has them.
    private static func mergeByIdentity(_ base: [JSONValue], _ mine: [JSONValue], _ theirs: [JSONValue], path: [String],
                                        prefer: Side, conflicts: inout [Conflict]) -> [JSONValue]? {
        let all = base + mine + theirs
        guard !all.isEmpty else { return [] }
        let ids = all.map(identity)
        guard ids.allSatisfy({ $0 != nil }) else { return nil }
        func index(_ items: [JSONValue]) -> [String: JSONValue] {
            Dictionary(items.compactMap { item in identity(item).map { ($0, item) } }, uniquingKeysWith: { a, _ in a })
        }
        let b = index(base), m = index(mine), t = index(theirs)
        // Theirs' order; each element new in mine goes right after the element it follows
        // in mine (at the end when nothing precedes it there).
        var order = theirs.compactMap(identity)
        var anchor: String?
        for id in mine.compactMap(identity) {
            if t[id] == nil && b[id] == nil {
                let position = anchor.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? order.count
                order.insert(id, at: position)
            }
            if order.contains(id) { anchor = id }
        }
        // An element removed on one side and unchanged on the other is dropped by the merge below.
        var seen = Set<String>()
        order = order.filter { seen.insert($0).inserted }
        var result: [JSONValue] = []
        for id in order {
            if let value = merge(b[id], m[id], t[id], path: path + [id], prefer: prefer, conflicts: &conflicts) {
                result.append(value)
            }
        }
        return result
    }

    /// Lists of plain values: theirs, with what mine added and without what mine removed.
    private static func mergeAsSet(_ base: [JSONValue], _ mine: [JSONValue], _ theirs: [JSONValue]) -> [JSONValue] {
        let removed = Set(base).subtracting(mine)
        var result = theirs.filter { !removed.contains($0) }
        var present = Set(result)
        for value in mine where !base.contains(value) && present.insert(value).inserted {
            result.append(value)
        }
        return result
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }
}
