import Foundation
import LotseStore

/// The guide's page, written from an edition: semantic HTML in German, headings in order
/// (the title, the chapters, the answers), every text escaped, the search text of each
/// answer folded here the way the dashboard folds it, and nothing fetched from elsewhere.
enum GuideHTML {
    /// The start of every page of an edition, up to its body: German, for phones, with the
    /// edition's own stylesheet and nothing from elsewhere.
    private static func head(_ title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Lotse">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="\(GuideSite.styleFile)">
        </head>

        """
    }

    static func page(_ edition: GuideEdition) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        let title = edition.commune.map { "\(edition.title) · \($0.name)" } ?? "\(edition.title) · \(edition.district)"
        out += head(title)
        line("<body>")
        line("<a class=\"springen\" href=\"#inhalt\">Zum Inhalt springen</a>")
        line("<header class=\"kopf\">")
        line("<p class=\"logo\">\(escape(edition.logoText))</p>")
        line("<h1>\(escape(edition.title))</h1>")
        var about = edition.commune.map { "Ausgabe für \($0.name)" } ?? edition.district
        if let day = edition.day { about += " · Stand der Ausgabe: \(Format.shortDate(day))" }
        about += " · \(answers(edition.entryCount))"
        line("<p class=\"ausgabe\">\(escape(about))</p>")
        line("</header>")
        line("<div class=\"suche\" id=\"suche-bereich\" role=\"search\" hidden>")
        line("<label for=\"suche\">Antworten durchsuchen</label>")
        line("<input id=\"suche\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"zum Beispiel Wohnsitzauflage, Kita, Fahrrad\">")
        line("<p id=\"treffer\" class=\"treffer\" role=\"status\" aria-live=\"polite\"></p>")
        line("</div>")

        // The table of contents: the same in print, where each chapter starts a page.
        var contents: [(String, String)] = []
        if let own = edition.commune { contents.append(("kontakte-\(own.slug)", "Ansprechpersonen in \(own.name)")) }
        contents.append(("neu", "Neu in dieser Ausgabe"))
        contents += edition.chapters.enumerated().map { number, chapter in
            (chapter.anchor, "\(number + 1). \(chapter.title) (\(chapter.entries.count))")
        }
        contents.append(("kontakte", edition.commune == nil ? "Ansprechpersonen in den Kommunen" : "Ansprechpersonen in den anderen Kommunen"))
        line("<nav class=\"inhalt\" aria-labelledby=\"inhalt-titel\">")
        line("<h2 id=\"inhalt-titel\">Inhalt</h2>")
        line("<ul>")
        for (anchor, text) in contents { line("<li><a href=\"#\(anchor)\">\(escape(text))</a></li>") }
        line("</ul>")
        line("</nav>")

        line("<main id=\"inhalt\">")
        if let own = edition.commune {
            line("<section class=\"kapitel kontakte\" id=\"kontakte-\(own.slug)\">")
            line("<h2>Ansprechpersonen in \(escape(own.name))</h2>")
            contacts(own, heading: false, into: &out)
            line("</section>")
        }
        line("<section class=\"neu\" id=\"neu\">")
        line("<h2>Neu in dieser Ausgabe</h2>")
        if edition.isFirst {
            line("<p>Dies ist die erste Ausgabe: alle Antworten sind neu.</p>")
        } else if edition.new.isEmpty {
            line("<p>Seit der letzten Ausgabe ist keine Antwort dazugekommen.</p>")
        } else {
            line("<ul>")
            for entry in edition.new {
                line("<li><a href=\"#f-\(entry.id)\">\(escape(entry.title))</a> <span class=\"stand\">(Stand \(Format.shortDate(entry.stand)))</span></li>")
            }
            line("</ul>")
        }
        line("</section>")
        if edition.chapters.isEmpty {
            line("<p class=\"leer\">Diese Ausgabe enthält noch keine Antworten.</p>")
        }
        for (number, chapter) in edition.chapters.enumerated() {
            line("<section class=\"kapitel\" id=\"\(chapter.anchor)\">")
            line("<h2>\(number + 1). \(escape(chapter.title))</h2>")
            for entry in chapter.entries { article(entry, into: &out) }
            line("</section>")
        }
        let others = edition.contacts.filter { $0.slug != edition.commune?.slug }
        line("<section class=\"kapitel kontakte\" id=\"kontakte\">")
        line("<h2>\(edition.commune == nil ? "Ansprechpersonen in den Kommunen" : "Ansprechpersonen in den anderen Kommunen")</h2>")
        line("<p>Die Koordination der Flüchtlingshilfe in Ihrer Kommune hilft weiter, wenn eine Frage hier nicht beantwortet ist.</p>")
        for commune in others { contacts(commune, heading: true, into: &out) }
        line("</section>")
        line("</main>")
        line("<footer class=\"fuss\">")
        if let imprint = edition.imprint { line("<p class=\"impressum\">\(escape(imprint))</p>") }
        line("<p>Die Antworten sind allgemein gehalten und ersetzen keine Beratung im Einzelfall. Jede Antwort nennt ihren Stand; Regeln ändern sich.</p>")
        line("</footer>")
        line("<script src=\"\(GuideSite.scriptFile)\"></script>")
        line("</body>")
        line("</html>")
        return out
    }

    /// A commune's own page of contacts, to print or to link to: its coordinators by role,
    /// and the answers of the edition that concern it, each a link into the guide.
    static func contactPage(_ commune: GuideEdition.CommuneContacts, edition: GuideEdition) -> String {
        var out = ""
        func line(_ text: String) { out += text + "\n" }
        out += head("Ansprechpersonen in \(commune.name) · \(edition.title)")
        line("<body>")
        line("<header class=\"kopf\">")
        line("<p class=\"logo\">\(escape(edition.logoText))</p>")
        line("<h1>Ansprechpersonen in \(escape(commune.name))</h1>")
        line("<p class=\"ausgabe\"><a href=\"\(GuideSite.pageFile)\">\(escape(edition.title))</a>"
             + (edition.day.map { " · Stand der Ausgabe: \(Format.shortDate($0))" } ?? "") + "</p>")
        line("</header>")
        line("<main id=\"inhalt\">")
        contacts(commune, heading: false, into: &out)
        let concerning = edition.chapters.flatMap(\.entries).filter { $0.communeSlugs.contains(commune.slug) }
        line("<section class=\"neu\">")
        line("<h2>Antworten, die \(escape(commune.name)) betreffen</h2>")
        if concerning.isEmpty {
            line("<p>In dieser Ausgabe keine; alle Antworten stehen im <a href=\"\(GuideSite.pageFile)\">Leitfaden</a>.</p>")
        } else {
            line("<ul>")
            for entry in concerning {
                line("<li><a href=\"\(GuideSite.pageFile)#f-\(escape(entry.id))\">\(escape(entry.title))</a> <span class=\"stand\">(Stand \(Format.shortDate(entry.stand)))</span></li>")
            }
            line("</ul>")
        }
        line("</section>")
        line("</main>")
        line("<footer class=\"fuss\">")
        if let imprint = edition.imprint { line("<p class=\"impressum\">\(escape(imprint))</p>") }
        line("</footer>")
        line("</body>")
        line("</html>")
        return out
    }

    private static func article(_ entry: GuideEdition.Entry, into out: inout String) {
        let search = TextFolding.fold(([entry.title, entry.body, entry.answer, entry.category] + entry.communes + entry.sources)
            .joined(separator: " "))
        out += "<article class=\"antwort\" id=\"f-\(escape(entry.id))\" data-suche=\"\(escape(search))\">\n"
        out += "<h3>\(escape(entry.title))</h3>\n"
        if !entry.body.isEmpty { out += paragraphs(entry.body, className: "fall") }
        out += "<div class=\"text\">\n" + paragraphs(entry.answer, className: nil) + "</div>\n"
        if !entry.sources.isEmpty {
            out += "<p class=\"quellen-titel\">Quellen</p>\n<ul class=\"quellen\">\n"
            for source in entry.sources { out += "<li>\(link(source))</li>\n" }
            out += "</ul>\n"
        }
        var facts = "Stand \(Format.shortDate(entry.stand))"
        if !entry.communes.isEmpty { facts += " · betrifft \(entry.communes.joined(separator: ", "))" }
        out += "<p class=\"stand\">\(escape(facts))</p>\n"
        out += "</article>\n"
    }

    private static func contacts(_ commune: GuideEdition.CommuneContacts, heading: Bool, into out: inout String) {
        let search = TextFolding.fold(([commune.name] + commune.contacts.flatMap { [$0.role, $0.name ?? ""] }).joined(separator: " "))
        out += "<section class=\"kommune\" id=\"kommune-\(escape(commune.slug))\" data-suche=\"\(escape(search))\">\n"
        if heading { out += "<h3><a href=\"\(GuideSite.contactFile(commune.slug))\">\(escape(commune.name))</a></h3>\n" }
        if commune.contacts.isEmpty {
            out += "<p>Noch keine Ansprechperson eingetragen.</p>\n"
        } else {
            out += "<ul class=\"personen\">\n"
            for contact in commune.contacts {
                var parts = ["<strong>\(escape(contact.role))</strong>"]
                if let name = contact.name, !name.isEmpty { parts.append(escape(name)) }
                if !contact.phone.isEmpty { parts.append(phone(contact.phone)) }
                if !contact.email.isEmpty {
                    let mail = escape(contact.email)
                    parts.append(contact.email.contains("@") && !contact.email.contains(" ") ? "<a href=\"mailto:\(mail)\">\(mail)</a>" : mail)
                }
                out += "<li>" + parts.joined(separator: "<br>") + "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
    }

    /// A phone number as a link to call where it has the digits of one.
    private static func phone(_ number: String) -> String {
        let dial = number.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        guard dial.filter(\.isNumber).count >= 5 else { return escape(number) }
        return "<a href=\"tel:\(escape(dial))\">\(escape(number))</a>"
    }

    /// A source: a link when it is a web address, else its text. Only http and https
    /// become links, so that a source can never run a script.
    private static func link(_ source: String) -> String {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !trimmed.contains(where: \.isWhitespace) else {
            return escape(source)
        }
        return "<a href=\"\(escape(trimmed))\">\(escape(trimmed))</a>"
    }

    /// Text as paragraphs: a blank line starts a new one, a line break stays one.
    private static func paragraphs(_ text: String, className: String?) -> String {
        let open = className.map { "<p class=\"\($0)\">" } ?? "<p>"
        return text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { open + $0.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>") + "</p>\n" }
            .joined()
    }

    static func answers(_ count: Int) -> String { count == 1 ? "1 Antwort" : "\(count) Antworten" }

    /// Text made safe for HTML, in an element or an attribute: the five special characters
    /// as entities, control characters (which HTML does not allow) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
