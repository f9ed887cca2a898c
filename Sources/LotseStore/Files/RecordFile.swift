import Foundation

/// A store file read as untrusted input: a colleague's push can put a link, a device or a
/// file of any size where a record belongs. Only a regular file is read, never through a
/// link (`O_NOFOLLOW`, then `fstat` on what was opened, so that nothing can be swapped in
/// between), and never one larger than `sizeLimit`.
public enum RecordFile {
    /// The largest record file Lotse reads. A question with a long answer and many
    /// conflicts is some kilobytes; a megabyte leaves room for everything a person writes,
    /// and keeps a 150 MB file pushed by mistake or intent from being loaded at all.
    public static let sizeLimit: Int64 = 1 << 20

    public enum Content: Equatable, Sendable {
        case data(Data)
        case missing
        /// A symbolic link: never followed.
        case link
        /// A folder, a device, a pipe or anything else that is not a regular file.
        case notRegular
        case tooLarge(size: Int64)
        case unreadable

        /// What keeps the file out of the store, as a problem; nil for data or nothing.
        public var problem: StoreProblem.Reason? {
            switch self {
            case .data, .missing: return nil
            case .link: return .link
            case .notRegular: return .notARegularFile
            case .tooLarge(let size): return .tooLarge(size: size, limit: RecordFile.sizeLimit)
            case .unreadable: return .unreadable
            }
        }

        public var data: Data? {
            if case .data(let data) = self { return data }
            return nil
        }
    }

    public static func read(_ path: String, limit: Int64 = sizeLimit) -> Content {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            case ELOOP: return .link
            default:
                var info = stat()
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { return .link }
                return .unreadable
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        guard Int64(info.st_size) <= limit else { return .tooLarge(size: Int64(info.st_size)) }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        let complete = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while filled < buffer.count {
                let got = Foundation.read(descriptor, base + filled, buffer.count - filled)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return got == 0 }
                filled += got
            }
            return true
        }
        guard complete else { return .unreadable }
        // A file that grew while read is read to its size at the open; one that shrank is cut.
        if filled < data.count { data.removeSubrange(filled...) }
        return .data(data)
    }

    /// What stands at a record folder's place: a folder of its own, or something that
    /// keeps the records of that kind from being read or written.
    public enum Folder: Equatable, Sendable {
        case folder, missing, link, notAFolder, unreadable
    }

    public static func folder(_ path: String) -> Folder {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT ? .missing : .unreadable }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .link
        case S_IFDIR:
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return .unreadable }
            close(descriptor)
            return .folder
        default: return .notAFolder
        }
    }
}
