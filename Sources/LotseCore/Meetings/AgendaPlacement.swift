import LotseStore

/// Where a new TOP goes: at the end, but before a closing "Verschiedenes" or "Sonstiges",
/// which by convention closes an agenda.
public enum AgendaPlacement {
    /// Titles of the item that closes an agenda, folded (case and umlauts ignored).
    static let closingTitles: Set<String> = ["verschiedenes", "sonstiges", "varia", "any other business", "aob", "other business"]

    public static func isClosing(_ item: AgendaItem) -> Bool {
        let title = TextFolding.fold(item.title).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return closingTitles.contains(title)
    }

    /// The index a new TOP gets.
    public static func position(in meeting: Meeting) -> Int {
        if let last = meeting.agenda.indices.last, isClosing(meeting.agenda[last]) { return last }
        return meeting.agenda.count
    }

    /// The meeting with `item` added in its place, numbered, the current TOP kept.
    public static func inserting(_ item: AgendaItem, into meeting: Meeting) -> Meeting {
        var changed = meeting
        let index = position(in: meeting)
        changed.agenda.insert(item, at: index)
        for position in changed.agenda.indices { changed.agenda[position].number = position + 1 }
        if let current = changed.currentItem, current >= index { changed.currentItem = current + 1 }
        return changed
    }
}
