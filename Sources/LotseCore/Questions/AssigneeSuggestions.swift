import LotseStore

/// Who could clarify a question, as the user types: the assignees used before (most used
/// first) and the communes, so that "KI" and "KI Kreis Soest" do not become two values.
public enum AssigneeSuggestions {
    public static func make(_ typed: String, in network: Network, limit: Int = 5) -> [String] {
        var uses: [String: Int] = [:]
        for question in network.questions {
            if let assignee = question.assignee, !assignee.isEmpty { uses[assignee, default: 0] += 1 }
        }
        for commune in network.communes where !commune.archived { uses[commune.name, default: 0] += 0 }
        let wanted = TextFolding.fold(typed.trimmingCharacters(in: .whitespaces))
        let matching = uses.keys.filter { candidate in
            let folded = TextFolding.fold(candidate)
            return folded != wanted && (wanted.isEmpty || folded.contains(wanted))
        }
        return matching.sorted { a, b in
            let (fa, fb) = (TextFolding.fold(a), TextFolding.fold(b))
            let (pa, pb) = (fa.hasPrefix(wanted), fb.hasPrefix(wanted))
            if pa != pb { return pa }
            if uses[a] != uses[b] { return uses[a, default: 0] > uses[b, default: 0] }
            return fa < fb
        }.prefix(limit).map { $0 }
    }
}
