import Foundation

/// Writes that either land whole or not at all: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. A crash in between leaves the old file
/// and, at worst, a hidden temporary file that the loader ignores.
enum AtomicFile {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700

    static func write(_ data: Data, to url: URL) throws(StoreError) {
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, fileMode)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: errnoText()) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errnoText()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errnoText() }
        close(fd)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = errnoText() }
        if let failure {
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: failure)
        }
    }

    /// Creates a folder (and its parents) readable by the owner only.
    static func makeFolder(_ url: URL) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw .cannotCreate(path: url.path, reason: "a file with that name is in the way")
        }
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true,
                attributes: [.posixPermissions: Int(folderMode)])
        } catch {
            throw .cannotCreate(path: url.path, reason: error.localizedDescription)
        }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
