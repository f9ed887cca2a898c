import Foundation

/// A document written outside the store (minutes, an agenda, a draft): atomically, and
/// readable by its owner only (0600) whatever the umask, because it may name people.
public enum PrivateFile {
    /// Writes `data` to `url`; the folder must exist.
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        try AtomicFile.write(data, to: url, createFolder: false)
    }

    /// Creates a folder and its parents, readable by the owner only (0700).
    public static func makeFolder(_ url: URL) throws(StoreError) {
        try AtomicFile.makeFolder(url)
    }
}

/// Files meant to be read by others: an edition of the volunteers' guide that a web
/// server or a colleague on a share reads. Written whole or not at all, like the store's.
public enum PublicFile {
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        try AtomicFile.write(data, to: url, createFolder: false, mode: 0o644)
    }
}
