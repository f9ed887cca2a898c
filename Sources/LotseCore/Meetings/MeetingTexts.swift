import LotseStore

/// The words of the meeting documents, per language.
public struct MeetingTexts: Sendable {
    public var invitation, minutesTitle, date, place, invited, present, absent, of, communes, oclock: String
    public var agenda, top, topic, presenter, minutes, begins, total, end, questions: String
    public var decision, measure, measures, owner, due, state, internalNote, noOutcome: String
    public var duration, planned, answersQuestion: String
    /// The minutes' own state, and what attendance beyond the invitation is called.
    public var minutesState, draft, guests, invitedCommunes, notHeldYet: String
    public var approved: @Sendable (_ day: String) -> String
    public var weekdays: [String]
    public var measureStatus: @Sendable (Outcome.MeasureStatus) -> String
}

extension Language {
    public var meetingTexts: MeetingTexts { self == .de ? .german : .english }
}

extension MeetingTexts {
    public static let german = MeetingTexts(
        invitation: "Einladung", minutesTitle: "Protokoll", date: "Termin", place: "Ort", invited: "Eingeladen",
        present: "Anwesend", absent: "Es fehlten", of: "von", communes: "Kommunen", oclock: "Uhr",
        agenda: "Tagesordnung", top: "TOP", topic: "Thema", presenter: "Vortrag", minutes: "Min.", begins: "Beginn",
        total: "Summe", end: "Ende", questions: "Fragen dazu",
        decision: "Beschluss", measure: "Maßnahme", measures: "Maßnahmen", owner: "verantwortlich", due: "fällig",
        state: "Stand", internalNote: "Interne Notiz", noOutcome: "Ohne Ergebnis.",
        duration: "Dauer", planned: "geplant", answersQuestion: "beantwortet die Frage",
        minutesState: "Protokoll", draft: "Entwurf", guests: "Gäste", invitedCommunes: "eingeladenen Kommunen",
        notHeldYet: "Entwurf einer Tagesordnung: das Treffen hat noch nicht stattgefunden",
        approved: { "freigegeben am \($0)" },
        weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        measureStatus: { Strings.german.measureStatus($0) })

    public static let english = MeetingTexts(
        invitation: "Invitation", minutesTitle: "Minutes", date: "Date", place: "Place", invited: "Invited",
        present: "Present", absent: "Absent", of: "of", communes: "communes", oclock: "",
        agenda: "Agenda", top: "Item", topic: "Topic", presenter: "Presenter", minutes: "Min.", begins: "Starts",
        total: "Total", end: "Ends", questions: "Questions",
        decision: "Decision", measure: "Measure", measures: "Measures", owner: "owner", due: "due",
        state: "State", internalNote: "Internal note", noOutcome: "No outcome.",
        duration: "Duration", planned: "planned", answersQuestion: "answers the question",
        minutesState: "Minutes", draft: "draft", guests: "Guests", invitedCommunes: "invited communes",
        notHeldYet: "Draft of an agenda: the meeting has not taken place yet",
        approved: { "approved on \($0)" },
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        measureStatus: { Strings.english.measureStatus($0) })
}
