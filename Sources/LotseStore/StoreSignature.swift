import Foundation

/// A cheap fingerprint of a store's files (names, sizes, modification times), so that a
/// running dashboard can notice another process's changes by polling, without reading
/// every file each time.
public struct StoreSignature: Equatable, Sendable {
    private var entries: [String: [Double]]

    public init(of store: FileStore) {
        entries = [:]
        let manager = FileManager.default
        let manifest = store.root.appendingPathComponent(FileStore.manifestName).path
        var paths = [manifest]
        for kind in RecordKind.allCases {
            let folder = store.root.appendingPathComponent(kind.folder)
            let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0).path }
        }
        for path in paths {
            guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            entries[path] = [size, modified]
        }
    }
}
