/// The categories screen's texts, per language.
public struct CategoriesTexts: Sendable {
    public var heading, title, empty: String
    public var new, rename, delete: BindingWords
    /// The form's titles.
    public var newForm, renameForm: String
    public var deleteTitle: String
    public var deleteBody: @Sendable (_ name: String) -> String
}

extension Language {
    public var categoriesTexts: CategoriesTexts { self == .de ? .german : .english }
}

extension CategoriesTexts {
    public static let german = CategoriesTexts(
        heading: "Kategorien", title: "Kategorien der Fragen", empty: "Noch keine Kategorien – n legt eine an.",
        new: BindingWords(hint: "Neu", help: "neue Kategorie"),
        rename: BindingWords(hint: "Umbenennen", help: "Kategorie umbenennen, in allen Fragen"),
        delete: BindingWords(hint: "Entfernen", help: "Kategorie entfernen, wenn keine Frage sie nutzt"),
        newForm: "Neue Kategorie", renameForm: "Kategorie umbenennen (in allen Fragen)",
        deleteTitle: "Kategorie entfernen?",
        deleteBody: { "„\($0)“ wird aus der Liste entfernt. Keine Frage nutzt sie. Mit u lässt es sich rückgängig machen." })

    public static let english = CategoriesTexts(
        heading: "Categories", title: "Categories of questions", empty: "No categories yet – n adds one.",
        new: BindingWords(hint: "new", help: "new category"),
        rename: BindingWords(hint: "rename", help: "rename the category, in every question"),
        delete: BindingWords(hint: "remove", help: "remove the category, when no question uses it"),
        newForm: "New category", renameForm: "Rename category (in every question)",
        deleteTitle: "Remove the category?",
        deleteBody: { "\"\($0)\" is removed from the list. No question uses it. u undoes it." })
}
