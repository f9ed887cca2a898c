import LotseStore

/// The coordinator form: name (or a role address), role, phone, e-mail, and whether the
/// volunteers' guide names the person or only the role.
enum CoordinatorForm {
    /// nil adds one; an index past the list adds one too.
    static func make(of commune: Commune, index: Int?, language: Language) -> FieldForm {
        let old = index.flatMap { commune.coordinators.indices.contains($0) ? commune.coordinators[$0] : nil }
        let t = language.guideTexts
        return FieldForm(.coordinator(communeID: commune.id, index: old == nil ? nil : index), fields: [
            .init(.name, old?.name ?? ""), .init(.role, old?.role ?? ""), .init(.phone, old?.phone ?? ""), .init(.email, old?.email ?? ""),
            .init(.inGuide, options: [t.roleOnly, t.withName], multiple: false, old?.isPublic == true ? t.withName : t.roleOnly),
        ])
    }

    /// The change the form saves; nil when it changes nothing or the commune is gone.
    static func change(_ form: FieldForm, communeID: String, index: Int?, state: AppState) -> Change? {
        guard let base = state.network.communes.first(where: { $0.id == communeID }) else { return nil }
        var commune = base
        let coordinator = Coordinator(name: form.text(.name), role: form.text(.role), phone: form.text(.phone), email: form.text(.email),
                                      isPublic: form.text(.inGuide) == state.language.guideTexts.withName)
        if let index, commune.coordinators.indices.contains(index) {
            guard commune.coordinators[index] != coordinator else { return nil }
            commune.coordinators[index] = coordinator
        } else {
            commune.coordinators.append(coordinator)
        }
        return Change(.commune, writes: [.init(id: communeID, new: .commune(commune), base: .commune(base))])
    }

    /// The change a confirmed removal makes; nil when the entry is already gone.
    static func removal(_ index: Int, from commune: Commune) -> Change? {
        guard commune.coordinators.indices.contains(index) else { return nil }
        var changed = commune
        changed.coordinators.remove(at: index)
        return Change(.commune, writes: [.init(id: commune.id, new: .commune(changed), base: .commune(commune))])
    }
}
