import Foundation

extension FileStore {
    /// These record files (`questions/ID.json`, …) read again into `network`, with their
    /// sync conflicts: for a write of our own whose result the screen does not hold yet (a
    /// settled conflict, a confirmation), at the cost of those files, not of the store.
    public func reread(_ paths: [String], into network: inout Network) {
        for path in paths {
            guard let target = RecordKind.record(at: path) else { continue }
            let result = reread(target.kind, name: "\(target.id).json")
            network.syncConflicts.removeAll { $0.kind == target.kind && $0.recordID == target.id }
            network.syncConflicts += result?.conflicts ?? []
            switch target.kind {
            case .commune: network.communes.put(result?.record?.commune, id: target.id)
            case .meeting: network.meetings.put(result?.record?.meeting, id: target.id)
            case .question: network.questions.put(result?.record?.question, id: target.id)
            }
        }
    }
}
