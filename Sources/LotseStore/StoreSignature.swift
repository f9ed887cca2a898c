import Foundation

/// A cheap fingerprint of a store's files (names, sizes, modification times), so that a
/// running dashboard can notice another process's changes by polling, without reading
/// every file each time.
public struct StoreSignature: Equatable, Sendable {
    private var entries: [String: [Double]]

    /// No fingerprint, where none is taken.
    public static let none = StoreSignature(entries: [:])

    private init(entries: [String: [Double]]) { self.entries = entries }

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

/// The very cheap part of the fingerprint: the modification times of the record folders and
/// of `store.json`. Every write Lotse and git make adds, renames or removes a file, which
/// changes its folder's time, so this notices them with four stat calls whatever the size
/// of the store. A file rewritten in place (an editor) is caught by the full signature,
/// which the run loop takes now and then.
public struct QuickSignature: Equatable, Sendable {
    private var times: [Double]

    public static let none = QuickSignature(times: [])

    private init(times: [Double]) { self.times = times }

    public init(of store: FileStore) {
        let paths = [store.root.appendingPathComponent(FileStore.manifestName).path]
            + RecordKind.allCases.map { store.root.appendingPathComponent($0.folder).path }
        times = paths.flatMap { path -> [Double] in
            var info = stat()
            guard stat(path, &info) == 0 else { return [-1] }
            return [Double(info.st_size), Double(info.st_mtim.tv_sec), Double(info.st_mtim.tv_nsec)]
        }
    }
}
