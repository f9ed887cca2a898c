import Foundation

/// Objects read straight from git's database through one `cat-file --batch`, for the
/// record history and for `privacy verify`, which must see every object, reachable or not.
public enum GitObjects {
    public struct Listed: Hashable, Sendable {
        public var name: String
        public var type: String
        public var size: Int
    }

    /// Every object in the repository: the reachable ones, and those only a reflog, a
    /// stash or nothing at all points to any more, as long as git keeps them.
    public static func all(in git: Git) throws(GitError) -> [Listed] {
        let output = try git.run(["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype) %(objectsize)"])
        guard output.succeeded else { return [] }
        return output.text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, let size = Int(parts[2]) else { return nil }
            return Listed(name: String(parts[0]), type: String(parts[1]), size: size)
        }
    }

    /// The contents of the objects named (an object id or `<rev>:<path>`), nil where
    /// there is none; each with its type.
    public static func contents(_ names: [String], in git: Git) throws(GitError) -> [(type: String, data: Data)?] {
        guard !names.isEmpty else { return [] }
        let output = try git.run(["cat-file", "--batch"], input: Data((names.joined(separator: "\n") + "\n").utf8))
        let bytes = Array(output.text.utf8)
        var values: [(type: String, data: Data)?] = []
        var position = 0
        for _ in names {
            guard let newline = bytes[position...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[position..<newline], as: UTF8.self)
            position = newline + 1
            let parts = header.split(separator: " ")
            guard parts.count == 3, let size = Int(parts[2]) else {
                values.append(nil)
                continue
            }
            let end = min(bytes.count, position + size)
            values.append((String(parts[1]), Data(bytes[position..<end])))
            position = end + 1
        }
        while values.count < names.count { values.append(nil) }
        return values
    }
}
