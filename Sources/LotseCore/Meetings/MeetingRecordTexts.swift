import LotseStore

/// The words of making a meeting's record right on screen: correcting and removing
/// outcomes, the result of an ended meeting, and the questions asked before a slip.
public struct MeetingRecordTexts: Sendable {
    public var editOutcome, deleteOutcomeTitle, quitRunningTitle, otherDayTitle, result, planned, actual, minutesShort: String
    public var deleteOutcomeBody: @Sendable (_ text: String) -> String
    public var quitRunningBody: @Sendable (_ meeting: String) -> String
    public var otherDayBody: @Sendable (_ day: String) -> String
    public var totals: @Sendable (_ actual: Int, _ planned: Int) -> String
}

extension Language {
    public var meetingRecordTexts: MeetingRecordTexts { self == .de ? .german : .english }
}

extension MeetingRecordTexts {
    public static let german = MeetingRecordTexts(
        editOutcome: "Ergebnis korrigieren", deleteOutcomeTitle: "Ergebnis entfernen?", quitRunningTitle: "Lotse beenden?",
        otherDayTitle: "Zeit starten?", result: "Ergebnis der Sitzung", planned: "geplant", actual: "tatsächlich", minutesShort: "Min.",
        deleteOutcomeBody: { "„\($0)“ wird aus dem Protokoll entfernt. Mit u lässt es sich rückgängig machen." },
        quitRunningBody: { "Die Zeit von „\($0)“ läuft noch. Beenden hält sie nicht an; sie läuft beim nächsten Öffnen weiter." },
        otherDayBody: { "Das Treffen ist für den \($0) angesetzt, nicht für heute. Trotzdem jetzt die Zeit starten?" },
        totals: { actual, planned in "Sitzung \(actual) Min. von \(planned) Min. geplant" })

    public static let english = MeetingRecordTexts(
        editOutcome: "Correct the outcome", deleteOutcomeTitle: "Remove the outcome?", quitRunningTitle: "Quit Lotse?",
        otherDayTitle: "Start the timer?", result: "Result of the meeting", planned: "planned", actual: "actual", minutesShort: "min",
        deleteOutcomeBody: { "“\($0)” is removed from the minutes. u undoes it." },
        quitRunningBody: { "The timer of “\($0)” is running. Quitting does not stop it; it goes on when Lotse is opened again." },
        otherDayBody: { "The meeting is set for \($0), not for today. Start the timer anyway?" },
        totals: { actual, planned in "Meeting \(actual) min of \(planned) min planned" })
}
