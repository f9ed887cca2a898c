extension Array where Element: Identifiable, Element.ID == String {
    /// Replaces, inserts (in id order, as the store lists them) or removes the record with
    /// this id: how the change of one file reaches a list of records, on the screen and in
    /// the reader alike.
    public mutating func put(_ record: Element?, id: String) {
        if let position = firstIndex(where: { $0.id == id }) {
            if let record { self[position] = record } else { remove(at: position) }
        } else if let record {
            insert(record, at: firstIndex { $0.id > id } ?? count)
        }
    }
}
