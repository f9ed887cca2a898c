import Foundation
import LotseCore
import LotseStore

/// Stores of any size for measuring: `lotse-bench generate --questions N --out DIR` writes a
/// network of 50 communes and N questions in realistic German, spread over ten years, with
/// the statuses, categories, tags, answers and bundled needs a real network has. Seeded, so
/// the same size gives the same store on every machine.
enum StoreGenerator {
    static let towns = [
        "Soest", "Werl", "Lippstadt", "Geseke", "Erwitte", "Warstein", "Rüthen", "Anröchte", "Bad Sassendorf", "Ense",
        "Lippetal", "Möhnesee", "Welver", "Wickede (Ruhr)", "Unna", "Kamen", "Bergkamen", "Bönen", "Fröndenberg", "Holzwickede",
        "Schwerte", "Selm", "Werne", "Lünen", "Hamm", "Arnsberg", "Sundern", "Meschede", "Brilon", "Marsberg",
        "Olsberg", "Winterberg", "Schmallenberg", "Eslohe", "Bestwig", "Medebach", "Hallenberg", "Paderborn", "Delbrück", "Salzkotten",
        "Büren", "Bad Lippspringe", "Altenbeken", "Lichtenau", "Borchen", "Hövelhof", "Beckum", "Ahlen", "Oelde", "Ennigerloh",
    ]

    static let subjects = [
        "Wohnsitzauflage", "Familiennachzug", "Integrationskurs", "Sprachkurs für Mütter", "Kita-Platz", "Schulanmeldung",
        "Ausbildungsduldung", "Anerkennung des Berufsabschlusses", "Jobcenter-Termin", "Mietobergrenze", "Wohnungssuche",
        "Krankenversicherung", "Dolmetscher beim Arzt", "Fahrtkosten", "Führungszeugnis für Ehrenamtliche", "Versicherungsschutz",
        "Fahrradwerkstatt", "Schwimmkurs", "Busverbindung am Wochenende", "Rundfunkbeitrag", "Kontoeröffnung", "Handyvertrag",
        "Hausaufgabenhilfe", "Elterngespräch in der Schule", "Sportverein", "freiwillige Rückkehr", "Aufenthaltserlaubnis",
    ]
    static let questionForms = [
        "%@: Wer ist zuständig?", "%@: Welche Unterlagen werden gebraucht?", "Wie lange dauert es mit %@?",
        "%@ – gibt es dafür Zuschüsse?", "Wer hilft bei %@ in unserer Kommune?", "%@: Was müssen Ehrenamtliche beachten?",
        "Gibt es zu %@ eine Beratungsstelle?", "%@: Welche Fristen gelten?",
    ]
    static let bodies = [
        "Mehrere Ehrenamtliche haben danach gefragt; bisher haben wir keine verlässliche Auskunft.",
        "Die Frage kam beim Sprachcafé auf. Eine allgemeine Antwort würde vielen helfen.",
        "Die Behörden geben unterschiedliche Auskünfte; wir brauchen eine Klärung für alle Kommunen.",
        "Betrifft vor allem Familien mit Kindern im Grundschulalter.",
    ]
    static let answers = [
        "Zuständig ist die Ausländerbehörde des Kreises; ein Termin lässt sich online buchen.",
        "Das Jobcenter übernimmt die Kosten, wenn der Antrag vorher gestellt wird.",
        "Die Beratungsstelle der Caritas hilft montags und donnerstags ohne Termin.",
        "Es gibt einen Zuschuss aus dem Bildungs- und Teilhabepaket; der Antrag geht an das Sozialamt.",
    ]
    static let tags = ["Behörde", "Kinder", "Kosten", "Sprache", "Wohnen", "Arbeit", "Mobilität", "Gesundheit", "Ehrenamt", "Schule"]

    static func network(questions count: Int, seed: UInt64 = 2026) -> Network {
        var random = SeededGenerator(seed: seed)
        let communes = towns.map { name in
            Commune(id: Slug.make(name), name: name, kind: name.count % 3 == 0 ? .city : .municipality,
                    coordinators: [Coordinator(name: "Ehrenamtskoordination \(name)", role: "Koordination")])
        }
        var network = Network(manifest: StoreManifest(network: "Netzwerk Ehrenamtskoordination (Messung)", district: "Messkreis",
                                                      categories: StoreManifest.defaultCategories),
                              communes: communes)
        let start = Date(timeIntervalSince1970: 1_483_228_800)  // 1 January 2017
        let span = 10.0 * 365 * 86_400
        for index in 0 ..< count {
            let created = start.addingTimeInterval(span * Double(index) / Double(max(1, count)) + Double(random.next() % 86_400))
            let subject = subjects[Int(random.next() % UInt64(subjects.count))]
            let form = questionForms[Int(random.next() % UInt64(questionForms.count))]
            let first = communes[Int(random.next() % UInt64(communes.count))].id
            var raised = [first]
            // About one question in eight is a need several communes share.
            if random.next() % 8 == 0 {
                for _ in 0 ..< Int(1 + random.next() % 3) {
                    let other = communes[Int(random.next() % UInt64(communes.count))].id
                    if !raised.contains(other) { raised.append(other) }
                }
            }
            let roll = random.next() % 100
            let status: QuestionStatus = roll < 25 ? .open : roll < 35 ? .clarifying : roll < 80 ? .answered : .closed
            let category = StoreManifest.defaultCategories[Int(random.next() % UInt64(StoreManifest.defaultCategories.count))]
            var question = Question(
                id: RecordID.make(at: created, using: &random), communes: raised,
                title: String(format: form, subject) + " (\(index % 97 + 1))",
                body: bodies[Int(random.next() % UInt64(bodies.count))], category: category,
                tags: [tags[Int(random.next() % UInt64(tags.count))]], status: status, created: created,
                updated: created.addingTimeInterval(Double(random.next() % 2_000_000)),
                loggedBy: "Ehrenamtskoordination \(towns[Int(random.next() % UInt64(towns.count))])")
            if status == .answered || status == .closed {
                question.answer = Answer(text: answers[Int(random.next() % UInt64(answers.count))], by: "KI Messkreis",
                                         date: created.addingTimeInterval(Double(random.next() % 1_000_000)))
            }
            network.questions.append(question)
        }
        return network
    }

    /// `generate --questions N --out DIR`; nil when the arguments ask for something else.
    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "generate" else { return nil }
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        guard let count = value("--questions").flatMap(Int.init), count >= 0, let out = value("--out") else {
            FileHandle.standardError.write(Data("usage: lotse-bench generate --questions N --out DIR\n".utf8))
            return 2
        }
        do {
            try FileStore.create(at: URL(fileURLWithPath: out), with: network(questions: count))
        } catch {
            FileHandle.standardError.write(Data("lotse-bench: \(error)\n".utf8))
            return 1
        }
        print("\(count) questions over \(towns.count) communes in \(out)")
        return 0
    }
}
