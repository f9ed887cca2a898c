import Foundation

/// What a file's inode says about its content without reading it: size, modification and
/// change times to the nanosecond, and the inode number. A file rewritten in place changes
/// its times; a file replaced by a rename (every write of Lotse and git) gets a new inode;
/// and the change time cannot be set back by anyone, so `touch -r` and `cp -p` do not hide
/// an edit either. The same stamp is what git's own index trusts.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The stamp of one file; nil when it is gone or not a regular file.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The stamps of the named files in one folder, each by a stat relative to the open
    /// folder as in `scan`; nil for a file that is gone or not a regular file. Nil when the
    /// folder cannot be opened.
    public static func of(_ names: [String], inFolder folder: String) -> [FileStamp?]? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return names.map { name in
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileStamp(info)
        }
    }

    /// The stamp of a folder: its times move whenever a file in it is added, removed or
    /// renamed over, which is how Lotse and git write every file.
    public static func ofFolder(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FileStamp(info)
    }

    /// The names in a folder with the stamps of its regular files (nil for anything else, a
    /// link say), read with one pass of readdir and a stat relative to the open folder,
    /// which saves resolving the path 100,000 times. Hidden files (temporary files, the
    /// lock) are left out. Nil when the folder cannot be opened.
    public static func scan(_ folder: String) -> [String: FileStamp?]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var stamps: [String: FileStamp?] = [:]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            var info = stat()
            let regular = fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFREG
            stamps[name] = .some(regular ? FileStamp(info) : nil)
        }
        return stamps
    }

    /// The names in a folder that start with `prefix`, compared as bytes before any text
    /// is made: finding one record by its id's beginning reads the folder's entries and
    /// makes strings only of the few that match.
    public static func names(in folder: String, startingWith prefix: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(directory) {
            let matches = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.count > wanted.count && raw.starts(with: wanted)
            }
            guard matches else { continue }
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            })
        }
        return names
    }
}
