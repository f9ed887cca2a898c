/// The questions of the example network: general cases as coordinators in Kreis Soest
/// might have logged them in the winter of 2016/17. Answers are examples, not legal advice.
struct ExampleQuestion {
    var communes: [String]
    var title: String
    var body: String
    var category: String
    var tags: [String]
    var status: QuestionStatus
    /// Days after 10 October 2016.
    var day: Int
    var assignee: String? = nil
    var answer: String? = nil
    var sources: [String] = []
    /// Index into `ExampleQuestions.all` of the question this one was merged into.
    var mergedInto: Int? = nil
}

enum ExampleQuestions {
    static let all: [ExampleQuestion] = [
        ExampleQuestion(
            communes: ["soest", "lippstadt", "werl"],
            title: "Wer zahlt die Fahrtkosten zum Integrationskurs?",
            body: "Mehrere Kursteilnehmende wohnen in Ortsteilen ohne direkte Busverbindung. Die Ehrenamtlichen fragen, ob die Fahrkarten erstattet werden.",
            category: "Sprache/Integrationskurs", tags: ["Fahrtkosten", "BAMF"], status: .answered, day: 2,
            answer: "Wer zur Teilnahme berechtigt oder verpflichtet ist und mehr als drei Kilometer vom Kursort entfernt wohnt, kann einen Fahrtkostenzuschuss beim BAMF beantragen. Der Antrag läuft über den Kursträger.",
            sources: ["BAMF: Merkblatt Fahrtkostenzuschuss Integrationskurs"]),
        ExampleQuestion(
            communes: ["erwitte"],
            title: "Sind Ehrenamtliche bei Begleitungen zu Behörden unfallversichert?",
            body: "Eine Helferin ist auf dem Weg zur Ausländerbehörde gestürzt. Wer kommt für den Schaden auf?",
            category: "Ehrenamt selbst", tags: ["Versicherung"], status: .answered, day: 4,
            answer: "Ehrenamtlich Tätige sind über die Sammelversicherungen des Landes NRW unfall- und haftpflichtversichert, soweit kein anderer Versicherungsschutz besteht. Eine Anmeldung ist nicht nötig; im Schadensfall die Ehrenamtskoordination der Kommune informieren.",
            sources: ["Land NRW: Sammelversicherung für Ehrenamtliche"]),
        ExampleQuestion(
            communes: ["geseke", "ruethen"],
            title: "Braucht man für die Hausaufgabenhilfe ein erweitertes Führungszeugnis?",
            body: "Neue Ehrenamtliche wollen Kinder in der Unterkunft beim Lernen unterstützen.",
            category: "Ehrenamt selbst", tags: ["Führungszeugnis", "Kinder"], status: .answered, day: 5,
            answer: "Für Tätigkeiten mit Kindern und Jugendlichen verlangen die Träger in der Regel ein erweitertes Führungszeugnis. Mit einer Bestätigung des Trägers über die ehrenamtliche Tätigkeit ist es gebührenfrei.",
            sources: ["Bundesamt für Justiz: Gebührenbefreiung Führungszeugnis"]),
        ExampleQuestion(
            communes: ["lippstadt"],
            title: "Wie lange dauert ein Asylverfahren derzeit?",
            body: "Ehrenamtliche werden oft gefragt, wann mit einer Entscheidung zu rechnen ist. Gibt es verlässliche Zahlen für unseren Kreis?",
            category: "Aufenthalt/Asylverfahren", tags: ["BAMF"], status: .clarifying, day: 7,
            assignee: "KI Kreis Soest"),
        ExampleQuestion(
            communes: ["warstein"],
            title: "Darf jemand mit Aufenthaltsgestattung ein Praktikum machen?",
            body: "Ein Handwerksbetrieb bietet ein vierwöchiges Praktikum an.",
            category: "Arbeit/Ausbildung", tags: ["Praktikum", "Arbeitserlaubnis"], status: .answered, day: 8,
            answer: "Ein Praktikum gilt meist als Beschäftigung und braucht die Erlaubnis der Ausländerbehörde; nach drei Monaten Aufenthalt kann sie erteilt werden. Vor Beginn bei der Ausländerbehörde anfragen, der Betrieb legt eine Stellenbeschreibung vor.",
            sources: ["Ausländerbehörde Kreis Soest"]),
        ExampleQuestion(
            communes: ["werl", "wickede-ruhr", "ense", "soest"],
            title: "Wo finden wir Sprachmittler für Arztbesuche?",
            body: "Bei Facharztterminen fehlen oft Dolmetscher, vor allem für Tigrinya, Dari und Kurmandschi. Kinder sollen nicht übersetzen müssen.",
            category: "Sprachmittlung", tags: ["Gesundheit", "Dolmetschen"], status: .open, day: 9),
        ExampleQuestion(
            communes: ["bad-sassendorf"],
            title: "Wer übernimmt die Kosten für eine Brille?",
            body: "Eine ältere Frau braucht dringend eine neue Brille; das Sozialamt verweist auf die Krankenkasse.",
            category: "Gesundheit", tags: ["AsylbLG"], status: .clarifying, day: 11,
            assignee: "Sozialamt Bad Sassendorf"),
        ExampleQuestion(
            communes: ["moehnesee"],
            title: "Gibt es einen Bürgerbus zum Integrationskurs nach Soest?",
            body: "Aus den südlichen Ortsteilen dauert die Fahrt mit dem Bus über eine Stunde.",
            category: "Mobilität", tags: ["Bus"], status: .open, day: 12),
        ExampleQuestion(
            communes: ["soest"],
            title: "Kita-Anmeldung während der Zeit in der Erstunterbringung",
            body: "Eine Familie lebt noch in der Unterkunft und weiß nicht, ob sie ihr Kind schon anmelden kann.",
            category: "Schule/Kita", tags: ["Kita"], status: .answered, day: 13,
            answer: "Sobald die Familie einer Kommune zugewiesen ist, besteht der Anspruch auf einen Kita-Platz. Anmeldung über das Jugendamt bzw. das Kita-Portal der Stadt; die Ehrenamtskoordination hilft beim Formular.",
            sources: ["Jugendamt Soest"]),
        ExampleQuestion(
            communes: ["lippetal", "welver"],
            title: "Gespendete Fahrräder: Wer prüft die Verkehrssicherheit?",
            body: "Es kommen viele Fahrradspenden. Niemand fühlt sich zuständig, Bremsen und Licht zu prüfen.",
            category: "Mobilität", tags: ["Fahrrad", "Spenden"], status: .open, day: 14),
        ExampleQuestion(
            communes: ["anroechte"],
            title: "Familiennachzug bei subsidiärem Schutz",
            body: "Ein Mann mit subsidiärem Schutz möchte seine Frau und Kinder nachholen. Was gilt seit der Gesetzesänderung?",
            category: "Familiennachzug", tags: ["subsidiärer Schutz"], status: .clarifying, day: 16,
            assignee: "Ausländerbehörde Kreis Soest"),
        ExampleQuestion(
            communes: ["ense"],
            title: "Ab wann ist das Jobcenter zuständig?",
            body: "Nach der Anerkennung wissen viele nicht, wo sie nun Leistungen beantragen.",
            category: "Leistungen (AsylbLG, Jobcenter)", tags: ["Jobcenter", "Anerkennung"], status: .answered, day: 17,
            answer: "Mit der Anerkennung als Flüchtling oder Asylberechtigte wechselt die Zuständigkeit vom Sozialamt (AsylbLG) zum Jobcenter (SGB II). Den Antrag gleich nach Erhalt des Bescheids stellen, damit keine Lücke entsteht.",
            sources: ["Jobcenter Kreis Soest"]),
        ExampleQuestion(
            communes: ["lippstadt", "soest", "warstein", "geseke"],
            title: "Wohnungssuche: Welche Mietobergrenzen gelten?",
            body: "Vermieter fragen, welche Miete das Jobcenter übernimmt. Die Angaben der Ehrenamtlichen widersprechen sich.",
            category: "Wohnen", tags: ["Miete", "Jobcenter"], status: .open, day: 18),
        ExampleQuestion(
            communes: ["ruethen"],
            title: "Dürfen Ehrenamtliche Geflüchtete im eigenen Auto mitnehmen?",
            body: "Wie ist das mit der Versicherung, wenn etwas passiert?",
            category: "Ehrenamt selbst", tags: ["Versicherung", "Auto"], status: .answered, day: 20,
            answer: "Mitnahme ist erlaubt. Schäden an Mitfahrenden deckt die Kfz-Haftpflicht; für Schäden am eigenen Fahrzeug springt die Sammelversicherung des Landes nicht ein. Manche Kommunen haben eine Dienstreise-Kaskoversicherung für Ehrenamtliche.",
            sources: ["Ehrenamtskoordination Rüthen"]),
        ExampleQuestion(
            communes: ["werl"],
            title: "Wie gewinnen wir neue Ehrenamtliche für die Hausaufgabenhilfe?",
            body: "Nach dem ersten Jahr haben viele aufgehört; die Schulen melden steigenden Bedarf.",
            category: "Ehrenamt selbst", tags: ["Gewinnung"], status: .open, day: 22),
        ExampleQuestion(
            communes: ["erwitte", "anroechte"],
            title: "Schwimmkurse für Erwachsene",
            body: "Mehrere Frauen möchten schwimmen lernen, gern in einem Kurs nur für Frauen.",
            category: "Freizeit", tags: ["Sport", "Frauen"], status: .open, day: 23),
        ExampleQuestion(
            communes: ["soest"],
            title: "Wer berät zur freiwilligen Rückkehr?",
            body: "Eine Familie denkt über die Rückkehr nach und möchte sich unverbindlich beraten lassen.",
            category: "Rückkehr", tags: ["Beratung"], status: .answered, day: 25,
            answer: "Unabhängige Rückkehrberatung bieten Beratungsstellen der Wohlfahrtsverbände an; dort gibt es auch Auskunft zu Förderprogrammen. Die Beratung ist freiwillig und vertraulich.",
            sources: ["Rückkehrberatung der Wohlfahrtsverbände"]),
        ExampleQuestion(
            communes: ["wickede-ruhr"],
            title: "Termine bei der Ausländerbehörde: lange Wartezeiten",
            body: "Gibt es einen Weg, dringende Fälle (ablaufende Dokumente) schneller zu klären?",
            category: "Aufenthalt/Asylverfahren", tags: ["Ausländerbehörde", "Termin"], status: .open, day: 27),
        ExampleQuestion(
            communes: ["lippstadt"],
            title: "Anerkennung ausländischer Berufsabschlüsse: Wer hilft beim Antrag?",
            body: "Ein Elektriker mit Abschluss aus dem Heimatland möchte wieder in seinem Beruf arbeiten.",
            category: "Arbeit/Ausbildung", tags: ["Anerkennung", "Beruf"], status: .clarifying, day: 28,
            assignee: "KI Kreis Soest"),
        ExampleQuestion(
            communes: ["geseke"],
            title: "Müssen schulpflichtige Kinder sofort eingeschult werden?",
            body: "Eine Familie ist gerade zugewiesen worden; die Kinder sind 8 und 11 Jahre alt.",
            category: "Schule/Kita", tags: ["Schulpflicht"], status: .answered, day: 30,
            answer: "Mit der Zuweisung an eine Kommune beginnt in NRW die Schulpflicht. Die Anmeldung läuft über das Schulamt bzw. das Kommunale Integrationszentrum, das die Seiteneinsteigerberatung macht.",
            sources: ["KI Kreis Soest: Seiteneinsteigerberatung"]),
        ExampleQuestion(
            communes: ["bad-sassendorf", "moehnesee", "lippetal"],
            title: "Gibt es eine Aufwandsentschädigung für Fahrten der Ehrenamtlichen?",
            body: "Ehrenamtliche fahren viel mit dem eigenen Auto und zahlen das Benzin selbst.",
            category: "Ehrenamt selbst", tags: ["Fahrtkosten", "Ehrenamtspauschale"], status: .open, day: 31),
        ExampleQuestion(
            communes: ["warstein"],
            title: "Psychotherapie nach Fluchterfahrung: Wo gibt es Angebote?",
            body: "Ein junger Mann schläft kaum und zieht sich zurück. Wohin können wir vermitteln?",
            category: "Gesundheit", tags: ["Trauma", "Therapie"], status: .open, day: 33),
        ExampleQuestion(
            communes: ["welver"],
            title: "Führerschein: Wird die theoretische Prüfung übersetzt?",
            body: "Mehrere Männer möchten den Führerschein machen, um zur Arbeit zu kommen.",
            category: "Mobilität", tags: ["Führerschein"], status: .clarifying, day: 35,
            assignee: "Straßenverkehrsamt Kreis Soest"),
        ExampleQuestion(
            communes: ["soest", "werl"],
            title: "Wie hoch ist der Barbetrag nach dem AsylbLG?",
            body: "Für die Beratung zu Handyverträgen möchten wir wissen, was monatlich zur Verfügung steht.",
            category: "Leistungen (AsylbLG, Jobcenter)", tags: ["AsylbLG"], status: .closed, day: 36,
            answer: "Die Höhe ändert sich jährlich; aktuelle Beträge nennt das Sozialamt. Für die Beratung genügt der Hinweis, Verträge ohne Mindestlaufzeit zu wählen.",
            sources: ["Sozialamt Soest"]),
        ExampleQuestion(
            communes: ["ense"],
            title: "Wohin mit gespendeten Möbeln, wenn kein Lager da ist?",
            body: "Ein Möbellager fehlt; Spenden müssen oft abgelehnt werden.",
            category: "Wohnen", tags: ["Spenden", "Möbel"], status: .open, day: 38),
        ExampleQuestion(
            communes: ["lippstadt"],
            title: "Sprachcafé: Material für Lernende ohne lateinische Schrift",
            body: "Einige Teilnehmende lernen zum ersten Mal die lateinische Schrift.",
            category: "Sprache/Integrationskurs", tags: ["Alphabetisierung", "Material"], status: .answered, day: 40,
            answer: "Bewährt haben sich Materialien für Alphabetisierungskurse mit Bildwörterbüchern. Die Stadtbibliothek Lippstadt hat eine Auswahl zum Ausleihen; das KI verleiht Medienkisten.",
            sources: ["Stadtbibliothek Lippstadt", "KI Kreis Soest: Medienkisten"]),
        ExampleQuestion(
            communes: ["erwitte"],
            title: "Wartezeit auf einen Integrationskurs überbrücken",
            body: "Die nächsten Kurse beginnen erst in vier Monaten. Was können Ehrenamtliche bis dahin anbieten?",
            category: "Sprache/Integrationskurs", tags: ["Wartezeit"], status: .open, day: 42),
        ExampleQuestion(
            communes: ["ruethen", "warstein"],
            title: "Keine Busverbindung am Wochenende: Wie kommen Geflüchtete zum Einkaufen?",
            body: "Aus den Dörfern fährt samstags nachmittags und sonntags kein Bus.",
            category: "Mobilität", tags: ["Bus", "ländlicher Raum"], status: .open, day: 44),
        ExampleQuestion(
            communes: ["werl"],
            title: "Wer hilft beim Antrag auf Bildung und Teilhabe?",
            body: "Schulausflüge und Vereinsbeiträge könnten übernommen werden, aber die Formulare sind schwierig.",
            category: "Leistungen (AsylbLG, Jobcenter)", tags: ["Bildung und Teilhabe"], status: .clarifying, day: 46,
            assignee: "Jobcenter Kreis Soest"),
        ExampleQuestion(
            communes: ["anroechte"],
            title: "Grenzen des Ehrenamts: Wie gehen wir mit Überlastung um?",
            body: "Einige Helferinnen sind fast täglich im Einsatz und wirken erschöpft.",
            category: "Ehrenamt selbst", tags: ["Grenzen", "Supervision"], status: .open, day: 48),
        ExampleQuestion(
            communes: ["geseke"],
            title: "Ausbildungsduldung: Was müssen Betriebe wissen?",
            body: "Ein Betrieb will einen jungen Geduldeten ausbilden und fragt nach der Rechtssicherheit.",
            category: "Arbeit/Ausbildung", tags: ["Duldung", "Ausbildung"], status: .clarifying, day: 50,
            assignee: "Ausländerbehörde Kreis Soest"),
        ExampleQuestion(
            communes: ["soest"],
            title: "Kinderarzt mit freien Plätzen gesucht",
            body: "Mehrere Praxen nehmen keine neuen Patienten auf.",
            category: "Gesundheit", tags: ["Kinderarzt"], status: .open, day: 52),
        ExampleQuestion(
            communes: ["moehnesee"],
            title: "Vereine, die Geflüchtete beitragsfrei aufnehmen",
            body: "Jugendliche möchten Fußball spielen; die Beiträge sind das Hindernis.",
            category: "Freizeit", tags: ["Sport", "Verein"], status: .answered, day: 54,
            answer: "Mehrere Sportvereine im Kreis bieten beitragsfreie Mitgliedschaften an; das KI führt eine Liste. Für Kinder und Jugendliche können Beiträge über Bildung und Teilhabe übernommen werden.",
            sources: ["KI Kreis Soest: Liste Sportvereine"]),
        ExampleQuestion(
            communes: ["lippetal"],
            title: "Girokonto ohne Pass eröffnen",
            body: "Die Bank verlangt einen Pass, vorhanden ist nur die Aufenthaltsgestattung.",
            category: "Leistungen (AsylbLG, Jobcenter)", tags: ["Bank", "Basiskonto"], status: .closed, day: 56,
            answer: "Seit dem Zahlungskontengesetz (2016) besteht ein Anspruch auf ein Basiskonto; die Aufenthaltsgestattung reicht als Nachweis.",
            sources: ["Zahlungskontengesetz"]),
        ExampleQuestion(
            communes: ["wickede-ruhr", "ense"],
            title: "Dolmetschen bei Elterngesprächen in der Schule",
            body: "Schulen bitten Ehrenamtliche, bei Elternabenden zu übersetzen. Ist das unsere Aufgabe?",
            category: "Sprachmittlung", tags: ["Schule", "Dolmetschen"], status: .open, day: 58),
        ExampleQuestion(
            communes: ["lippstadt", "erwitte"],
            title: "Rundfunkbeitrag: Müssen Geflüchtete ihn zahlen?",
            body: "Es kommen Zahlungsaufforderungen an Familien, die Leistungen beziehen.",
            category: "Leistungen (AsylbLG, Jobcenter)", tags: ["Rundfunkbeitrag"], status: .answered, day: 60,
            answer: "Wer Leistungen nach dem AsylbLG oder SGB II bezieht, kann sich befreien lassen. Antrag mit Kopie des Leistungsbescheids beim Beitragsservice stellen; die Befreiung gilt ab Antragsmonat.",
            sources: ["Beitragsservice: Befreiung"]),
        ExampleQuestion(
            communes: ["welver"],
            title: "Auszug aus der Gemeinschaftsunterkunft: Wer muss zustimmen?",
            body: "Eine Familie hat eine Wohnung in Aussicht.",
            category: "Wohnen", tags: ["Unterkunft", "Umzug"], status: .open, day: 62),
        ExampleQuestion(
            communes: ["warstein"],
            title: "Dürfen Ehrenamtliche Bescheide übersetzen?",
            body: "Es geht um schriftliche Übersetzungen für Behörden.",
            category: "Ehrenamt selbst", tags: ["Übersetzung", "Grenzen"], status: .closed, day: 64,
            answer: "Für Behörden sind meist beglaubigte Übersetzungen nötig; Ehrenamtliche können den Inhalt mündlich erklären, aber keine amtlichen Übersetzungen anfertigen.",
            sources: ["KI Kreis Soest"]),
        ExampleQuestion(
            communes: ["soest"],
            title: "Sprachmittler für Tigrinya gesucht",
            body: "Für Arzttermine fehlt jemand, der Tigrinya spricht.",
            category: "Sprachmittlung", tags: ["Dolmetschen"], status: .merged, day: 66,
            mergedInto: 5),
        ExampleQuestion(
            communes: ["bad-sassendorf"],
            title: "Wohnsitzauflage: Darf eine anerkannte Familie umziehen?",
            body: "Die Familie hat in Dortmund Verwandte und eine Wohnung in Aussicht.",
            category: "Aufenthalt/Asylverfahren", tags: ["Wohnsitzauflage"], status: .open, day: 68),
        ExampleQuestion(
            communes: ["lippstadt"],
            title: "Jugendliche über 16 ohne Schulplatz: Welche Angebote gibt es?",
            body: "Zwei Jugendliche sind nicht mehr schulpflichtig, möchten aber einen Abschluss machen.",
            category: "Schule/Kita", tags: ["Jugendliche", "Bildung"], status: .open, day: 70),
        ExampleQuestion(
            communes: ["moehnesee", "soest"],
            title: "Straßenverkehr: Verkehrsschulung für Radfahrende",
            body: "Viele fahren zum ersten Mal in Deutschland Rad; Ehrenamtliche wünschen sich eine Schulung mit der Verkehrswacht.",
            category: "Mobilität", tags: ["Fahrrad", "Verkehrswacht"], status: .open, day: 72),
    ]
}
