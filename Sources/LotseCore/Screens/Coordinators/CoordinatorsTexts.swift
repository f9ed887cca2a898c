/// The coordinators screen's texts, per language.
public struct CoordinatorsTexts: Sendable {
    public var heading: String
    public var title: @Sendable (_ commune: String) -> String
    public var empty: String
    /// A commune's details on the home screen, when nobody is entered.
    public var noneInDetail: String
    public var new, edit, remove: BindingWords
    /// The form's titles.
    public var newForm, editForm: String
    public var removeTitle: String
    public var removeBody: @Sendable (_ name: String, _ commune: String) -> String
}

extension Language {
    public var coordinatorsTexts: CoordinatorsTexts { self == .de ? .german : .english }
}

extension CoordinatorsTexts {
    public static let german = CoordinatorsTexts(
        heading: "Koordination einer Kommune", title: { "Koordination · \($0)" },
        empty: "Noch niemand eingetragen – n trägt jemanden ein.",
        noneInDetail: "Noch niemand eingetragen – c trägt jemanden ein.",
        new: BindingWords(hint: "Neu", help: "jemanden eintragen: Name, Rolle, Telefon, E-Mail"),
        edit: BindingWords(hint: "Bearbeiten", help: "Eintrag bearbeiten"),
        remove: BindingWords(hint: "Entfernen", help: "Eintrag entfernen (fragt nach)"),
        newForm: "Koordination eintragen", editForm: "Koordination bearbeiten",
        removeTitle: "Eintrag entfernen?",
        removeBody: { "„\($0)“ wird aus der Koordination von \($1) entfernt. Mit u lässt es sich rückgängig machen." })

    public static let english = CoordinatorsTexts(
        heading: "A commune's coordinators", title: { "Coordinators · \($0)" },
        empty: "Nobody yet – n adds someone.",
        noneInDetail: "Nobody yet – c adds someone.",
        new: BindingWords(hint: "new", help: "add someone: name, role, phone, e-mail"),
        edit: BindingWords(hint: "edit", help: "edit the entry"),
        remove: BindingWords(hint: "remove", help: "remove the entry (asks first)"),
        newForm: "Add a coordinator", editForm: "Edit coordinator",
        removeTitle: "Remove the entry?",
        removeBody: { "\"\($0)\" is removed from the coordinators of \($1). u undoes it." })
}
