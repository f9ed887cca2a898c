import LotseStore

/// How a question's standing in the volunteers' guide shows on screen: a short label for a
/// list row and a line for its details, in the state's language and colours.
public enum GuideLines {
    /// The label at a knowledge row's end; nil for an answer that stays internal, so that
    /// the list marks what is published and what wants a look, not every row.
    public static func label(_ question: Question, state: AppState) -> TextSpan? {
        let guide = question.guideState(on: state.today)
        guard guide != .unreleased else { return nil }
        return TextSpan(state.language.guideTexts.label(guide), guide.needsReview ? .warning : .success)
    }

    /// The "Leitfaden" line of a question's details; nil for one that has no answer yet.
    public static func detail(_ question: Question, state: AppState, width: Int = 14) -> DetailLine? {
        guard KnowledgeSearch.isKnowledge(question) else { return nil }
        let guide = question.guideState(on: state.today)
        let t = state.language.guideTexts
        let emphasis: TextSpan.Emphasis = guide.needsReview ? .warning : guide == .released ? .success : .muted
        return .field(t.field, t.detail(guide, question.release), width: width, emphasis)
    }

    /// A warning under the guide line when a released text looks personal: said where it is
    /// released, not only when `publish` stops at it.
    public static func flagged(_ question: Question, state: AppState) -> DetailLine? {
        guard question.release != nil else { return nil }
        let found = PrivacyCheck.findings(in: GuideEdition.checkedText(question))
        guard !found.isEmpty else { return nil }
        let names = found.map { PrivacyDocuments.findingName($0, state.language) }.joined(separator: ", ")
        return .text(state.language.guideTexts.flagged(names), .warning, indent: 14)
    }
}
