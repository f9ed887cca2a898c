/// What a shared store's tree may hold: `store.json`, one regular file per record in the
/// three record folders, and Lotse's own `.gitattributes` and `.gitignore`. Everything
/// else a push brings (other folders, names git refuses to check out, links, submodules,
/// files larger than a record may be) is kept out of the working tree.
public enum StoreLayout {
    /// Why an entry of a pushed tree is kept out.
    public enum Refusal: Hashable, Sendable {
        case outsideLayout
        case link
        case submodule
        case tooLarge(size: Int64)
    }

    /// The rule files that Lotse writes and restores when a push changes them.
    static let ruleFiles = [".gitattributes", ".gitignore"]

    /// nil when the entry belongs in the store; `mode` as git writes it (`100644`).
    static func refusal(path: String, mode: String, size: Int64?) -> Refusal? {
        switch mode {
        case "100644", "100755": break
        case "120000": return .link
        case "160000": return .submodule
        default: return .outsideLayout
        }
        guard admits(path) else { return .outsideLayout }
        if let size, size > RecordFile.sizeLimit { return .tooLarge(size: size) }
        return nil
    }

    /// Whether a path names a store file: `store.json`, a rule file, or `FOLDER/NAME.json`
    /// with a record folder and a plain name (no dot in front, nothing a terminal or
    /// another system could take for something else).
    public static func admits(_ path: String) -> Bool {
        if path == FileStore.manifestName || ruleFiles.contains(path) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, RecordKind.allCases.contains(where: { $0.folder == parts[0] }) else { return false }
        let name = parts[1]
        guard name.hasSuffix(".json"), name.count > 5, name.first != ".", name.utf8.count <= 200 else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !(0x80 ... 0x9F).contains(scalar.value)
                && scalar != "\\" && scalar != ":"
        }
    }
}
