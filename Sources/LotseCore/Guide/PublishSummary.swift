import LotseStore

/// What `lotse publish` says when the edition is written: where, what is in it, and what
/// wants a coordinator's look (answers due, or left out because they changed).
public enum PublishSummary {
    public static func lines(_ edition: GuideEdition, page: String, language: Language) -> [String] {
        let de = language == .de
        let count = edition.entryCount
        let chapters = edition.chapters.count
        let communes = edition.contacts.count
        var lines = [de ? "Leitfaden geschrieben: \(page)" : "Guide written: \(page)"]
        if de {
            lines.append("  \(count == 1 ? "1 Antwort" : "\(count) Antworten") in \(chapters == 1 ? "1 Kapitel" : "\(chapters) Kapiteln"), Ansprechpersonen aus \(communes) \(communes == 1 ? "Kommune" : "Kommunen")"
                         + (edition.isFirst ? " · erste Ausgabe" : " · \(edition.new.count) neu seit der letzten Ausgabe"))
        } else {
            lines.append("  \(count == 1 ? "1 answer" : "\(count) answers") in \(chapters == 1 ? "1 chapter" : "\(chapters) chapters"), contacts of \(communes) \(communes == 1 ? "commune" : "communes")"
                         + (edition.isFirst ? " · first edition" : " · \(edition.new.count) new since the last edition"))
        }
        if count == 0 {
            lines.append(de ? "  Noch keine Antwort ist freigegeben: `lotse questions release ID` oder f im Wissen (w) des Dashboards."
                         : "  No answer is released yet: `lotse questions release ID`, or f in the dashboard's knowledge view (w).")
        }
        if !edition.due.isEmpty {
            lines.append(de ? "  ⚠ \(edition.due.count == 1 ? "1 Antwort ist" : "\(edition.due.count) Antworten sind") über ihr „prüfen bis“ hinaus und stehen mit ihrem Stand darin: `lotse knowledge due`."
                         : "  ⚠ \(edition.due.count == 1 ? "1 answer is" : "\(edition.due.count) answers are") past “review by” and are in it with their date: `lotse knowledge due`.")
        }
        if !edition.leftOutChanged.isEmpty {
            let n = edition.leftOutChanged.count
            lines.append(de ? "  ⚠ \(n == 1 ? "1 freigegebene Antwort wurde" : "\(n) freigegebene Antworten wurden") seit der Freigabe geändert und \(n == 1 ? "fehlt" : "fehlen"), bis sie neu freigegeben \(n == 1 ? "ist" : "sind"): `lotse knowledge due`."
                         : "  ⚠ \(n == 1 ? "1 released answer was" : "\(n) released answers were") edited since and \(n == 1 ? "is" : "are") left out until released again: `lotse knowledge due`.")
        }
        lines.append(de ? "  Öffnen: file://\(page)" : "  Open: file://\(page)")
        return lines
    }
}
