import LotseStore

/// The commune form: name, kind (Stadt or Gemeinde) and notes, new or edited.
enum CommuneForm {
    static func make(_ base: Commune?, strings: Strings) -> FieldForm {
        FieldForm(.commune(base: base), fields: [
            .init(.name, base?.name ?? ""),
            .init(.kind, options: [strings.municipality, strings.city], multiple: false,
                  base.map { $0.kind == .city ? strings.city : strings.municipality } ?? strings.municipality),
            .init(.notes, base?.notes ?? ""),
        ])
    }

    /// "Stadt", "gemeinde", "city": the kind a text names, if any.
    static func kind(_ text: String) -> Commune.Kind? {
        switch TextFolding.fold(text) {
        case "stadt", "city", "town": return .city
        case "gemeinde", "municipality": return .municipality
        default: return nil
        }
    }

    /// Another commune has the name already, or (for a new one) the short name it would get.
    static func isTaken(_ name: String, by base: Commune?, in network: Network) -> Bool {
        network.communes.contains { $0.id != base?.id && (TextFolding.fold($0.name) == TextFolding.fold(name) || (base == nil && $0.id == Slug.make(name))) }
    }

    /// The change the form saves; nil when it changes nothing.
    static func change(_ form: FieldForm, base: Commune?) -> Change? {
        guard let kind = kind(form.text(.kind)) else { return nil }
        var commune = base ?? Commune(id: Slug.make(form.text(.name)), name: "", kind: kind)
        commune.name = form.text(.name)
        commune.kind = kind
        commune.notes = form.text(.notes)
        guard commune != base, !commune.id.isEmpty else { return nil }
        return Change(.commune, writes: [.init(id: commune.id, new: .commune(commune), base: base.map(Record.commune))])
    }
}
