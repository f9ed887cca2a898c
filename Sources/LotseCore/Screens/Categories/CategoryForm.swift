import LotseStore

/// The category form: one name, new or renamed; a name another category has is refused.
enum CategoryForm {
    static func make(_ old: String?) -> FieldForm {
        FieldForm(.category(old: old), fields: [.init(.name, old ?? "")])
    }

    static func isTaken(_ name: String, renaming old: String?, in network: Network) -> Bool {
        network.manifest.categories.contains { $0 != old && TextFolding.fold($0) == TextFolding.fold(name) }
    }

    /// The change the form saves: a new category, or a rename in every question.
    static func change(_ form: FieldForm, old: String?, state: AppState) -> Change? {
        let name = form.text(.name)
        guard name != old else { return nil }
        guard let old else { return CategoryChange.adding(name, in: state.network) }
        return CategoryChange.renaming(old, to: name, in: state.network, now: state.now)
    }
}
