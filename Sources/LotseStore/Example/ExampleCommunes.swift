/// The 14 communes of Kreis Soest. Contacts are role addresses under the reserved
/// `.example` domain and phone numbers marked as fictional: no real persons.
enum ExampleCommunes {
    static let all: [Commune] = [
        make("anroechte", "Anröchte", .municipality),
        make("bad-sassendorf", "Bad Sassendorf", .municipality),
        make("ense", "Ense", .municipality),
        make("erwitte", "Erwitte", .city),
        make("geseke", "Geseke", .city),
        make("lippetal", "Lippetal", .municipality),
        make("lippstadt", "Lippstadt", .city, notes: "Größte Stadt des Kreises; zwei Koordinatorinnen teilen sich die Stadtteile."),
        make("moehnesee", "Möhnesee", .municipality, notes: "Ortsteile weit verstreut; Mobilität ist das Dauerthema."),
        make("ruethen", "Rüthen", .city),
        make("soest", "Soest", .city, notes: "Sitz der Kreisverwaltung und des Kommunalen Integrationszentrums."),
        make("warstein", "Warstein", .city),
        make("welver", "Welver", .municipality),
        make("werl", "Werl", .city),
        make("wickede-ruhr", "Wickede (Ruhr)", .municipality),
    ]

    private static func make(_ slug: String, _ name: String, _ kind: Commune.Kind, notes: String = "") -> Commune {
        var coordinators = [
            Coordinator(
                name: "Ehrenamtskoordination \(name)",
                role: "Koordination Flüchtlingshilfe",
                phone: "(fiktiv) 0000 000-\(100 + slug.count)",
                email: "ehrenamt@\(slug).example"
            ),
        ]
        if slug == "lippstadt" {
            coordinators.append(Coordinator(
                name: "Ehrenamtskoordination Lippstadt-Süd",
                role: "Koordination Stadtteile Süd",
                phone: "(fiktiv) 0000 000-200",
                email: "ehrenamt-sued@lippstadt.example"))
        }
        return Commune(id: slug, name: name, kind: kind, coordinators: coordinators, notes: notes)
    }
}
