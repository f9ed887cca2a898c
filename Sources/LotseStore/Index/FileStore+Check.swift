import Foundation

extension FileStore {
    /// What `lotse check` reports, the same problems as a full load in the same order, with
    /// the index doing the reading it can: a question file whose stamp (size, times, inode)
    /// is what the index recorded when it read and checked the file is not read again; its
    /// id and references come from the index, and the checks across records run on those.
    /// Every other file is read and checked. Nothing is written, not even the index.
    public func check(using index: StoreIndex) throws(StoreError) -> (counts: (communes: Int, questions: Int, meetings: Int),
                                                                      problems: [StoreProblem]) {
        _ = try loadManifest()
        var problems: [RecordKind: [StoreProblem]] = [:]
        var present: [RecordKind: Set<String>] = [:]
        var conflicts: [SyncConflict] = []
        var communeProblems: [StoreProblem] = []
        let communes = loadRecords(Commune.self, kind: .commune, cached: nil, progress: nil, problems: &communeProblems, conflicts: &conflicts)
        problems[.commune] = communeProblems
        present[.commune] = communes.present
        var meetingProblems: [StoreProblem] = []
        let meetings = loadRecords(Meeting.self, kind: .meeting, cached: nil, progress: nil, problems: &meetingProblems, conflicts: &conflicts)
        problems[.meeting] = meetingProblems
        present[.meeting] = meetings.present

        var questionProblems: [StoreProblem] = []
        var accepted: [QuestionLinks] = []
        let kind = RecordKind.question
        let folder = root.appendingPathComponent(kind.folder)
        // The index's rows are read on another core while this one takes the files' stamps.
        let rows = InBackground { index.links() }
        if let problem = folderProblem(.question) {
            questionProblems.append(problem)
        } else if let stamps = FileStamp.scan(folder.path) {
            let all = stamps.keys.sorted()
            for name in all where !name.hasSuffix(".json") && name.lowercased().hasSuffix(".json") {
                questionProblems.append(StoreProblem(path: "\(kind.folder)/\(name)", reason: .wrongExtension))
            }
            let names = all.filter { $0.hasSuffix(".json") }
            let indexed = rows.value ?? index.links()
            var next = 0
            var decoded: [(name: String, record: QuestionLinks)] = []
            decoded.reserveCapacity(names.count)
            for name in names {
                // Both lists are in the order of the names: the index's row for this file, if any.
                while next < indexed.count && indexed[next].name < name { next += 1 }
                if next < indexed.count, indexed[next].name == name, let stamp = stamps[name] ?? nil, indexed[next].stamp == stamp {
                    decoded.append((name, indexed[next].links))
                    continue
                }
                let content = RecordFile.read(folder.appendingPathComponent(name).path)
                guard let data = content.data else {
                    if content != .missing {
                        questionProblems.append(StoreProblem(path: "\(kind.folder)/\(name)", reason: content.problem ?? .unreadable))
                    }
                    continue
                }
                do {
                    decoded.append((name, QuestionLinks(try CanonicalJSON.decode(Question.self, from: data))))
                } catch {
                    questionProblems.append(StoreProblem(path: "\(kind.folder)/\(name)", reason: DecodingProblem.reason(for: error)))
                }
            }
            accepted = RecordValidation.accept(decoded, kind: kind, problems: &questionProblems)
            if accepted.count != names.count {
                let loaded = Set(accepted.lazy.map { "\($0.id).json" })
                present[.question] = Set(names.lazy.filter { !loaded.contains($0) }.map { String($0.dropLast(5)) })
            }
        } else {
            questionProblems.append(StoreProblem(path: kind.folder + "/", reason: .unreadableFolder))
        }
        problems[.question] = questionProblems
        let across = RecordIntegrity.problems(communes: communes.records, questions: accepted, meetings: meetings.records, present: present)
        let leftovers = leftoverFiles().map { StoreProblem(path: $0, reason: .leftover) }
        return ((communes.records.count, accepted.count, meetings.records.count),
                RecordKind.allCases.flatMap { problems[$0] ?? [] } + across + leftovers)
    }
}
