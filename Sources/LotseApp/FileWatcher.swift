import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Change notification for the store's folders through inotify: the kernel says which
/// files were written, added, renamed or removed, so a running dashboard costs nothing while
/// nothing happens and reads only what changed. Nil where inotify is not there (another
/// system, or no watches left); then the run loop falls back to polling the folders' times.
final class FileWatcher: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor to the folder it watches, relative to the store ("" is the store).
    private var folders: [Int32: String] = [:]

    init?(root: URL, folders names: [String]) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for name in [""] + names {
            let path = name.isEmpty ? root.path : root.appendingPathComponent(name).path
            let watch = inotify_add_watch(descriptor, path, mask)
            guard watch >= 0 else {
                close(descriptor)
                return nil
            }
            folders[watch] = name
        }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// The paths (relative to the store) that changed since the last call, without
    /// waiting. `overflowed` when the kernel dropped events: then anything may have changed.
    func changes() -> (paths: Set<String>, overflowed: Bool) {
        var paths: Set<String> = []
        var overflowed = false
        #if os(Linux)
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0
                    ? String(decoding: UnsafeRawBufferPointer(start: nameStart, count: Int(event.len)).prefix { $0 != 0 }, as: UTF8.self)
                    : ""
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { overflowed = true }
                if event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { overflowed = true }
                if let folder = folders[event.wd], !name.hasPrefix(".") {
                    paths.insert(folder.isEmpty ? name : folder + "/" + name)
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        #endif
        return (paths, overflowed)
    }
}
