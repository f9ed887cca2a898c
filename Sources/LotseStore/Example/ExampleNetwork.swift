import Foundation

/// The built-in example: the network of volunteer coordinators in Kreis Soest, from its
/// first meeting on 5 December 2016 (the seed document) to the planned second one.
/// Ids come from a seeded generator, so every machine writes the same files.
public enum ExampleNetwork {
    public static func make() -> Network {
        var generator = SeededGenerator(seed: 20_161_205)
        let manifest = StoreManifest(
            network: "Netzwerk Ehrenamtskoordination",
            district: "Kreis Soest",
            categories: StoreManifest.defaultCategories)

        let start = DateComponents(calendar: calendar, year: 2016, month: 10, day: 10, hour: 9).date ?? Date(timeIntervalSince1970: 1_476_090_000)
        let examples = ExampleQuestions.all
        let ids = examples.map { example in
            RecordID.make(at: start.addingTimeInterval(Double(example.day) * 86_400), using: &generator)
        }
        let communeNames = Dictionary(uniqueKeysWithValues: ExampleCommunes.all.map { ($0.id, $0.name) })
        let questions = examples.enumerated().map { index, example in
            let created = start.addingTimeInterval(Double(example.day) * 86_400 + Double(index % 5) * 3_600)
            let updated = example.status == .open ? created : created.addingTimeInterval(5 * 86_400)
            let logger = "Ehrenamtskoordination \(communeNames[example.communes.first ?? ""] ?? "KI")"
            return Question(
                id: ids[index], communes: example.communes, title: example.title, body: example.body,
                category: example.category, tags: example.tags, status: example.status,
                created: created, updated: updated, loggedBy: logger, assignee: example.assignee,
                answer: example.answer.map { Answer(text: $0, sources: example.sources, by: "KI Kreis Soest", date: updated) },
                duplicateOf: example.mergedInto.map { ids[$0] })
        }

        let first = firstMeeting(id: RecordID.make(at: date(2016, 11, 20), using: &generator), questionIDs: ids)
        let second = secondMeeting(id: RecordID.make(at: date(2017, 2, 20), using: &generator), questionIDs: ids)
        var meetings = [first, second]
        for index in meetings.indices { meetings[index].assignMissingIDs() }
        return Network(manifest: manifest, communes: ExampleCommunes.all, questions: questions, meetings: meetings)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3_600) ?? calendar.timeZone
        return calendar
    }()

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        DateComponents(calendar: calendar, year: year, month: month, day: day, hour: 10).date ?? Date(timeIntervalSince1970: 0)
    }

    private static let allCommunes = ExampleCommunes.all.map(\.id)

    private static func firstMeeting(id: String, questionIDs: [String]) -> Meeting {
        Meeting(
            id: id,
            title: "1. Treffen der Ehrenamtskoordinatoren",
            start: LocalDateTime(date: LocalDate(year: 2016, month: 12, day: 5), hour: 15, minute: 0),
            place: "Evangelische Frauenhilfe Soest",
            state: .finished,
            invited: allCommunes,
            attendance: ["anroechte", "bad-sassendorf", "ense", "erwitte", "geseke", "lippstadt", "moehnesee",
                         "ruethen", "soest", "warstein", "welver", "werl", "wickede-ruhr"]
                .map { Attendance(commune: $0, persons: ["Ehrenamtskoordination"]) },
            agenda: [
                AgendaItem(
                    number: 1, title: "Begrüßung und Vorstellungsrunde", presenter: "Leitung KI Kreis Soest",
                    plannedMinutes: 20,
                    description: "Die Koordinatorinnen und Koordinatoren der Kreiskommunen stellen sich und ihre Arbeit vor.",
                    outcomes: [Outcome(kind: .info, text: "13 von 14 Kommunen sind vertreten.")]),
                AgendaItem(
                    number: 2, title: "Rückblick: Austauschrunde vom 21. September 2016", presenter: "KI Kreis Soest",
                    plannedMinutes: 15,
                    description: "Die Kreiskommunen haben sich in der Austauschrunde zur Optimierung der Integration von Flüchtlingen eine Vernetzung der Koordinatoren gewünscht.",
                    outcomes: [Outcome(kind: .info, text: "Ziel: gemeinsam Schwierigkeiten auffangen und den Einzelnen das richtige Rüstzeug vermitteln.")]),
                AgendaItem(
                    number: 3, title: "Was brauchen die Ehrenamtlichen? Berichte aus den Kommunen", presenter: "alle",
                    plannedMinutes: 40,
                    description: "Orientierungshilfe, Begleitung zu Behörden, erste Unterstützung beim Deutschlernen: Wo stoßen die Helfer an Grenzen?",
                    questions: [questionIDs[1], questionIDs[2], questionIDs[5]],
                    notes: "Viele Fragen wiederholen sich von Kommune zu Kommune, vor allem zu Versicherung und Sprachmittlung."),
                AgendaItem(
                    number: 4, title: "Bündelung der Unterstützungsbedarfe", presenter: "KI Kreis Soest",
                    plannedMinutes: 30,
                    questions: [questionIDs[0], questionIDs[12]],
                    outcomes: [
                        Outcome(kind: .decision, text: "Fragen der Ehrenamtlichen werden künftig zentral gesammelt und nach Themen gebündelt."),
                        Outcome(kind: .measure, text: "Liste der Sprachmittler im Kreis zusammenstellen", owner: "KI Kreis Soest",
                                due: LocalDate(year: 2017, month: 2, day: 28), status: .open),
                    ]),
                AgendaItem(
                    number: 5, title: "Gemeinsame Maßnahmen zur Stärkung der Freiwilligen", presenter: "KI Kreis Soest",
                    plannedMinutes: 30,
                    outcomes: [
                        Outcome(kind: .measure, text: "Fortbildung „Grenzen des Ehrenamts“ für Helferinnen und Helfer planen",
                                owner: "KI Kreis Soest", communes: ["anroechte", "werl"],
                                due: LocalDate(year: 2017, month: 3, day: 31), status: .open),
                        Outcome(kind: .measure, text: "Übersicht Versicherungsschutz für Ehrenamtliche verteilen",
                                owner: "Ehrenamtskoordination Erwitte", communes: ["erwitte"],
                                due: LocalDate(year: 2017, month: 1, day: 15), status: .done),
                    ]),
                AgendaItem(
                    number: 6, title: "Verschiedenes und nächster Termin", presenter: "KI Kreis Soest",
                    plannedMinutes: 10,
                    outcomes: [Outcome(kind: .decision, text: "Das Netzwerk trifft sich vierteljährlich; nächstes Treffen im März 2017.")]),
            ])
    }

    private static func secondMeeting(id: String, questionIDs: [String]) -> Meeting {
        Meeting(
            id: id,
            title: "2. Treffen der Ehrenamtskoordinatoren",
            start: LocalDateTime(date: LocalDate(year: 2017, month: 3, day: 13), hour: 15, minute: 0),
            place: "Kreishaus Soest, Sitzungsraum",
            state: .planned,
            invited: allCommunes,
            agenda: [
                AgendaItem(number: 1, title: "Begrüßung und Protokoll des 1. Treffens", presenter: "KI Kreis Soest", plannedMinutes: 10),
                AgendaItem(number: 2, title: "Stand der Maßnahmen", presenter: "KI Kreis Soest", plannedMinutes: 20,
                           description: "Sprachmittlerliste, Fortbildung „Grenzen des Ehrenamts“."),
                AgendaItem(number: 3, title: "Wohnungssuche und Mietobergrenzen", presenter: "Jobcenter Kreis Soest (angefragt)",
                           plannedMinutes: 30, questions: [questionIDs[12]]),
                AgendaItem(number: 4, title: "Sprachmittlung bei Arztbesuchen", presenter: "Ehrenamtskoordination Werl",
                           plannedMinutes: 25, questions: [questionIDs[5], questionIDs[34]]),
                AgendaItem(number: 5, title: "Fahrtkosten und Aufwandsentschädigung", presenter: "Ehrenamtskoordination Möhnesee",
                           plannedMinutes: 20, questions: [questionIDs[20]]),
                AgendaItem(number: 6, title: "Verschiedenes", presenter: "alle", plannedMinutes: 10),
            ])
    }
}
