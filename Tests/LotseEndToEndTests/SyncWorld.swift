import Foundation
@testable import LotseStore

/// A network shared through git, as the README sets it up: a bare remote in a temporary
/// folder, the first coordinator's store sent there with `lotse sync init`, and the other
/// machines' clones made with `lotse join`. No network: the remote is a folder.
struct SyncWorld {
    let folder: URL
    var remote: String { folder.appendingPathComponent("remote.git").path }
    /// The stores of the machines, the first one made with `sync init`.
    let clones: [String]

    init(machines: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-sync-\(UUID().uuidString)")
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        clones = (0 ..< machines).map { folder.appendingPathComponent("machine-\($0)").path }
        let bare = Spawn.run(["git", "init", "--quiet", "--bare", remote], environment: Lotse.environment())
        guard bare.status == 0 else { throw WorldError.setUp("git init --bare: \(bare.error)") }
        let first = Lotse.run(["init", "--example", clones[0]])
        guard first.status == 0 else { throw WorldError.setUp("init: \(first.error)") }
        let shared = run(0, ["sync", "init", "--remote", remote])
        guard shared.status == 0 else { throw WorldError.setUp("sync init: \(shared.error)") }
        for index in clones.indices.dropFirst() {
            let joined = Lotse.run(["join", remote, clones[index]], environment(index))
            guard joined.status == 0 else { throw WorldError.setUp("join: \(joined.error)") }
        }
    }

    enum WorldError: Error { case setUp(String) }

    /// Each machine has its own user and settings folder.
    func environment(_ machine: Int) -> [String: String] {
        ["LOTSE_USER": "Koordination \(machine)",
         "XDG_CONFIG_HOME": folder.appendingPathComponent("config-\(machine)").path,
         "XDG_STATE_HOME": folder.appendingPathComponent("state-\(machine)").path]
    }

    /// `lotse ARGUMENTS --store CLONE` on a machine.
    @discardableResult
    func run(_ machine: Int, _ arguments: [String]) -> Spawn.Result {
        Lotse.run(arguments + ["--store", clones[machine]], environment(machine))
    }

    func sync(_ machine: Int) -> Spawn.Result { run(machine, ["sync"]) }

    func git(_ machine: Int, _ arguments: [String]) -> Spawn.Result {
        Spawn.run(["git", "-C", clones[machine]] + arguments, environment: Lotse.environment())
    }

    func store(_ machine: Int) throws -> FileStore { try FileStore(at: URL(fileURLWithPath: clones[machine])) }

    func network(_ machine: Int) throws -> Network { try store(machine).load(tidy: false).network.sortedByID }

    /// Changes one record's JSON file on a machine, as a save would, and returns it.
    func edit(_ machine: Int, _ kind: RecordKind, _ id: String, _ change: (inout [String: JSONValue]) -> Void) throws {
        let url = try store(machine).url(of: kind, id: id)
        guard let data = FileManager.default.contents(atPath: url.path), case .object(var fields) = try JSONValue.parse(data) else {
            throw WorldError.setUp("no record \(id)")
        }
        change(&fields)
        try Data(JSONValue.object(fields).canonicalText.utf8).write(to: url)
    }

    /// The same question's title changed on machines 0 and 1, machine 1's later.
    func editTitleOnBothMachines(_ id: String) throws {
        try edit(0, .question, id) {
            $0["title"] = .string("Titel aus Soest")
            $0["updated"] = .string("2026-11-27T09:00:00Z")
        }
        try edit(1, .question, id) {
            $0["title"] = .string("Titel aus Werl")
            $0["updated"] = .string("2026-11-27T10:00:00Z")
        }
    }

    /// Every file of a clone outside `.git`, with its bytes.
    func files(_ machine: Int) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: clones[machine])
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix(".git/") || name == ".git" || name == ".lock" { continue }
            if let data = FileManager.default.contents(atPath: clones[machine] + "/" + name) { files[name] = data }
        }
        return files
    }

    /// Whether any file of any clone holds git's conflict markers.
    var anyConflictMarkers: Bool {
        clones.indices.contains { machine in
            files(machine).values.contains { String(decoding: $0, as: UTF8.self).contains("<<<<<<<") }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
