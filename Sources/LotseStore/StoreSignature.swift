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
            // stat(2) directly: FileManager's attribute dictionaries cost ten times more.
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            entries[path] = [Double(info.st_size), Double(info.st_mtim.tv_sec), Double(info.st_mtim.tv_nsec)]
        }
    }
}
