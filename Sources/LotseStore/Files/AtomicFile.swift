import Foundation

/// Writes that either land whole or not at all: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. A crash in between leaves the old file
/// and, at worst, a hidden temporary file that the loader ignores.
enum AtomicFile {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700

    static func write(_ data: Data, to url: URL, createFolder: Bool = true, mode: mode_t = fileMode) throws(StoreError) {
        let temporary = try writeTemporary(data, beside: url, createFolder: createFolder, mode: mode)
        if rename(temporary.path, url.path) != 0 {
            let failure = WriteCause.lastSystemError
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: failure)
        }
        syncFolder(url.deletingLastPathComponent().path)
    }

    /// The marker in a temporary file's name, followed by the writer's process id.
    static let temporaryMarker = ".tmp-"

    /// Writes `data` to a new temporary file in the target's folder, flushed to disk, and
    /// returns it; the caller renames it over the target.
    static func writeTemporary(_ data: Data, beside url: URL, createFolder: Bool = true,
                               mode: mode_t = fileMode) throws(StoreError) -> URL {
        let folder = url.deletingLastPathComponent()
        if createFolder { try makeFolder(folder) }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        // The umask may take bits away; a published file must be readable as asked.
        if fd >= 0, mode != fileMode { fchmod(fd, mode) }
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: .lastSystemError) }
        var failure: WriteCause?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .lastSystemError
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = .lastSystemError }
        close(fd)
        if let failure {
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: failure)
        }
        return temporary
    }

    /// Flushes a folder's entries, so that a rename that was reported done survives a
    /// power cut.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The temporary files in `folder` whose writer is no longer running.
    static func leftovers(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> URL? in
            guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker) else { return nil }
            let pid = name[marker.upperBound...].prefix { $0.isNumber }
            guard let number = Int32(pid) else { return nil }
            if number == getpid() { return nil }
            if kill(number, 0) == 0 || errno == EPERM { return nil }
            return folder.appendingPathComponent(name)
        }
    }

    /// Creates a folder (and its parents) readable by the owner only.
    static func makeFolder(_ url: URL) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw .cannotCreate(path: url.path, reason: .fileInTheWay)
        }
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true,
                attributes: [.posixPermissions: Int(folderMode)])
        } catch {
            throw .cannotCreate(path: url.path, reason: .of(error))
        }
    }

}
