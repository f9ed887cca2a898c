import Foundation
import LotseStore

/// The changes to the list of categories, made the same way by the categories screen and
/// by `lotse categories`: `store.json` and, for a rename, every question that uses the
/// category, in one change.
public enum CategoryChange {
    public static func adding(_ name: String, in network: Network) -> Change {
        var manifest = network.manifest
        manifest.categories.append(name)
        return Change(.categories, writes: [], manifest: .init(new: manifest, base: network.manifest))
    }

    public static func renaming(_ old: String, to new: String, in network: Network, now: Date) -> Change {
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        var manifest = network.manifest
        manifest.categories = manifest.categories.map { $0 == old ? new : $0 }
        let writes = network.questions.filter { $0.category == old }.map { question -> Change.Write in
            var changed = question
            changed.category = new
            changed.updated = now
            return .init(id: question.id, new: changed, base: question)
        }
        return Change(.categories, writes: writes, manifest: .init(new: manifest, base: network.manifest))
    }

    /// Only for a category no question uses: the list alone changes.
    public static func removing(_ name: String, in network: Network) -> Change {
        var manifest = network.manifest
        manifest.categories.removeAll { $0 == name }
        return Change(.categories, writes: [], manifest: .init(new: manifest, base: network.manifest))
    }
}
