import LotseCore

/// What the subcommands say about their own options and results (a date that is not one,
/// an outcome corrected), per language: the sentences that belong to one command rather
/// than to the store (those are in `Messages`).
struct CommandTexts: Sendable {
    var unknownOutcomeKind: @Sendable (_ given: String) -> String
    var noSuchDue: @Sendable (_ impossible: String) -> String
    var badDue: @Sendable (_ given: String) -> String
    var noSuchItem: @Sendable (_ item: Int, _ present: String) -> String
    var noItems: String
    var ownerNeedsMeasure, answersNeedDecision: String
    var corrected, removed, ended, minutesApproved: @Sendable (_ id: String) -> String
    var badPerson: @Sendable (_ entry: String) -> String
    var endedAlready: @Sendable (_ title: String) -> String
    var notTakenPlace: @Sendable (_ title: String, _ id: String) -> String
    var approvedAlready: @Sendable (_ title: String) -> String
    var outcomesHeading: String
    var noSuchDate: @Sendable (_ impossible: String) -> String
    var badDate: @Sendable (_ given: String) -> String
    var notARepository: @Sendable (_ path: String) -> String
    var needsMonths: @Sendable (_ option: String) -> String
    var needsDays: @Sendable (_ option: String) -> String
    var categoryNeedsMonths: String
    var emptyPeriod: String
}

extension Run {
    static var texts: CommandTexts { language == .de ? .german : .english }
}

extension CommandTexts {
    static let german = CommandTexts(
        unknownOutcomeKind: { "--kind „\($0)“ gibt es nicht. Gültig: info, decision, measure, internal" },
        noSuchDue: { "--due: \($0) gibt es nicht: kein Datum. Nichts wurde geschrieben." },
        badDue: { "--due: „\($0)“ ist kein Datum (TT.MM.JJJJ). Nichts wurde geschrieben." },
        noSuchItem: { "--item \($0): dieses Treffen hat keinen TOP \($0). Vorhanden: \($1)" },
        noItems: "keiner",
        ownerNeedsMeasure: "--owner und --due gehören zu einer Maßnahme (--kind measure).",
        answersNeedDecision: "--answers gehört zu einem Beschluss (--kind decision).",
        corrected: { "\($0): korrigiert" }, removed: { "\($0): entfernt" }, ended: { "\($0): beendet" },
        minutesApproved: { "\($0): Protokoll freigegeben" },
        badPerson: { "--person „\($0)“: bitte als KOMMUNE=NAME angeben." },
        endedAlready: { "„\($0)“ ist schon beendet." },
        notTakenPlace: { "„\($0)“ hat noch nicht stattgefunden (oder läuft noch); erst `lotse meetings end \($1)`." },
        approvedAlready: { "Das Protokoll von „\($0)“ ist schon freigegeben." },
        outcomesHeading: "Ergebnisse (IDs für `lotse meetings outcome edit|remove`):",
        noSuchDate: { "\($0) gibt es nicht: kein Datum." },
        badDate: { "„\($0)“ ist kein Datum: TT.MM.JJJJ oder JJJJ-MM-TT angeben." },
        notARepository: { "\($0) ist kein git-Repository." },
        needsMonths: { "\($0) braucht eine ganze Zahl ab 1 (Monate)." },
        needsDays: { "\($0) braucht eine ganze Zahl ab 0 (Tage)." },
        categoryNeedsMonths: "--category gilt mit --recheck-months: wie viele Monate in dieser Kategorie?",
        emptyPeriod: "--from liegt nach --to: der Zeitraum ist leer.")

    static let english = CommandTexts(
        unknownOutcomeKind: { "--kind “\($0)” does not exist. Valid: info, decision, measure, internal" },
        noSuchDue: { "--due: \($0) does not exist: not a date. Nothing was written." },
        badDue: { "--due: “\($0)” is not a date (DD.MM.YYYY). Nothing was written." },
        noSuchItem: { "--item \($0): this meeting has no item \($0). There are: \($1)" },
        noItems: "none",
        ownerNeedsMeasure: "--owner and --due belong to a measure (--kind measure).",
        answersNeedDecision: "--answers belongs to a decision (--kind decision).",
        corrected: { "\($0): corrected" }, removed: { "\($0): removed" }, ended: { "\($0): ended" },
        minutesApproved: { "\($0): minutes approved" },
        badPerson: { "--person “\($0)”: give it as COMMUNE=NAME." },
        endedAlready: { "“\($0)” has ended already." },
        notTakenPlace: { "“\($0)” has not taken place yet (or is running); first `lotse meetings end \($1)`." },
        approvedAlready: { "The minutes of “\($0)” are approved already." },
        outcomesHeading: "Outcomes (ids for `lotse meetings outcome edit|remove`):",
        noSuchDate: { "\($0) does not exist: not a date." },
        badDate: { "“\($0)” is not a date: give DD.MM.YYYY or YYYY-MM-DD." },
        notARepository: { "\($0) is not a git repository." },
        needsMonths: { "\($0) needs a whole number from 1 (months)." },
        needsDays: { "\($0) needs a whole number from 0 (days)." },
        categoryNeedsMonths: "--category goes with --recheck-months: how many months in that category?",
        emptyPeriod: "--from is after --to: the period is empty.")
}
