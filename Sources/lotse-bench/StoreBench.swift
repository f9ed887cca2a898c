import Foundation
import LotseCore
import LotseStore
import LotseUI

/// `lotse-bench stores [--sizes 1000,10000,100000] [--folder DIR]`: the hot paths of a
/// real start and a real session over generated stores on disk, cold (no index) and warm.
/// The stores are made once into the folder (default: the temporary folder) and reused.
enum StoreBench {
    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "stores" else { return nil }
        guard let values = BenchOptions.parse(arguments.dropFirst(), known: ["--sizes", "--folder"]) else { return 2 }
        let sizes = BenchOptions.sizes(values)
        let folder = URL(fileURLWithPath: values["--folder"] ?? FileManager.default.temporaryDirectory.appendingPathComponent("lotse-bench-stores").path)
        for size in sizes { bench(size: size, folder: folder) }
        return 0
    }

    static func line(_ name: String, _ size: Int, _ duration: Duration) {
        let micros = Double(duration.components.attoseconds) / 1e12 + Double(duration.components.seconds) * 1e6
        print(DisplayWidth.pad(name, to: 44) + String(format: "%7d questions %11.1f µs", size, micros))
    }

    /// The median of a few runs, after one to warm up.
    static func measure(_ name: String, _ size: Int, repeats: Int = 5, _ body: () -> Void) {
        body()
        let clock = ContinuousClock()
        let times = (0..<repeats).map { _ in clock.measure(body) }.sorted()
        line(name, size, times[times.count / 2])
    }

    /// The generated store of `size` questions in the folder, made the first time.
    static func prepared(size: Int, folder: URL) -> URL? {
        let root = folder.appendingPathComponent("\(size)")
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("store.json").path) {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard (try? FileStore.create(at: root, with: StoreGenerator.network(questions: size))) != nil else {
                print("lotse-bench: cannot make a store in \(root.path)")
                return nil
            }
            // Files younger than two seconds are not indexed yet (see RecordCache).
            Thread.sleep(forTimeInterval: 2.5)
        }
        return root
    }

    static func bench(size: Int, folder: URL) {
        guard let root = prepared(size: size, folder: folder), var store = try? FileStore(at: root) else { return }
        let cache = folder.appendingPathComponent("cache-\(size)")
        try? FileManager.default.removeItem(at: cache)
        let environment = ["XDG_CACHE_HOME": cache.path]
        let clock = ContinuousClock()

        // Cold: every file read and decoded, the index built.
        store.index = StoreIndex.open(forStore: root, environment: environment, fold: TextFolding.fold)
        line("load, no index yet (builds it)", size, clock.measure { _ = try? store.load() })
        measure("load, index warm, files checked", size, repeats: 3) { _ = try? store.load() }
        var plain = store
        plain.index = nil
        measure("load, every file read (no index)", size, repeats: 3) { _ = try? plain.load() }

        // The first frame: the store opened, communes and meetings read, drawn.
        measure("start to first frame", size) {
            guard var opened = try? FileStore(at: root) else { return }
            opened.index = StoreIndex.open(forStore: root, environment: environment, fold: TextFolding.fold)
            guard let network = try? opened.loadWithoutQuestions() else { return }
            var state = AppState(network: network, storeLabel: "~/bench", size: Size(width: 120, height: 40))
            state.loading = LoadProgress(read: 0, total: opened.index?.count() ?? 0)
            _ = Renderer.render(state)
        }
        // The newest questions on screen: the index's first batch, handed to the screen
        // (the reader reads on after it; the screen does not wait for that).
        measure("start to a frame with the newest 2,000", size, repeats: 3) {
            guard var opened = try? FileStore(at: root) else { return }
            opened.index = StoreIndex.open(forStore: root, environment: environment, fold: TextFolding.fold)
            guard let network = try? opened.loadWithoutQuestions(), let index = opened.index else { return }
            var state = AppState(network: network, storeLabel: "~/bench", size: Size(width: 120, height: 40))
            _ = Reducer.reduce(&state, .loading(LoadProgress(read: 2_000, total: size), index.newest(2_000)))
            _ = Renderer.render(state)
        }

        // The index against the simplest alternative, one JSON file of every question.
        if let index = store.index {
            measure("index: every question read (SQLite)", size, repeats: 3) { _ = index.entries() }
            if let all = try? store.load().network.questions, let data = try? CanonicalJSON.encode(all) {
                measure("one JSON file of all questions, decoded", size, repeats: 3) {
                    _ = try? CanonicalJSON.decode([Question].self, from: data)
                }
            }
        }

        guard let loaded = try? store.loadParts(tidy: false, index: store.index) else { return }
        var state = AppState(network: loaded.network, storeLabel: "~/bench", size: Size(width: 120, height: 40))
        _ = Reducer.reduce(&state, .key(.character("2")))
        var down = true
        measure("j in questions panel + render", size, repeats: 50) {
            _ = Reducer.reduce(&state, .key(.character(down ? "j" : "k")))
            down.toggle()
            _ = Renderer.render(state)
        }
        // The texts are folded on the reader's thread after each reading, not at a key.
        var corpus: SearchCorpus?
        measure("fold every text for search (reader)", size, repeats: 3) { corpus = SearchCorpus(loaded.network.questions) }
        var filtering = state
        if let corpus { _ = Reducer.reduce(&filtering, .searchPrepared(corpus)) }
        _ = Reducer.reduce(&filtering, .key(.character("/")))
        line("first key into /", size, clock.measure {
            _ = Reducer.reduce(&filtering, .key(.character("w")))
            _ = Renderer.render(filtering)
        })
        for character in "ohnun" { _ = Reducer.reduce(&filtering, .key(.character(character))) }
        measure("a key typed into / + render", size, repeats: 20) {
            var copy = filtering
            _ = Reducer.reduce(&copy, .key(.character("g")))
            _ = Renderer.render(copy)
        }
        measure("⌫ and ü typed into / + render", size, repeats: 20) {
            var copy = filtering
            _ = Reducer.reduce(&copy, .key(.backspace))
            _ = Reducer.reduce(&copy, .key(.character("ü")))
            _ = Renderer.render(copy)
        }
        var knowledge = state
        _ = Reducer.reduce(&knowledge, .searchPrepared(SearchCorpus(loaded.network.questions)))
        _ = Reducer.reduce(&knowledge, .key(.character("w")))
        _ = Reducer.reduce(&knowledge, .key(.character("/")))
        let opened = knowledge
        let corpusForSearch = SearchCorpus(loaded.network.questions)
        var hitCount = 0
        measure("knowledge search alone: v", size, repeats: 5) {
            hitCount = KnowledgeSearch.search("v", in: loaded.network.questions, corpus: corpusForSearch).count
        }
        print("  (\(hitCount) hits)")
        measure("knowledge search: the first key + render", size, repeats: 5) {
            var copy = opened
            _ = Reducer.reduce(&copy, .key(.character("v")))
            _ = Renderer.render(copy)
        }
        measure("knowledge search: w (all answers) + render", size, repeats: 5) {
            var copy = state
            _ = Reducer.reduce(&copy, .searchPrepared(SearchCorpus(loaded.network.questions)))
            _ = Reducer.reduce(&copy, .key(.character("w")))
            _ = Renderer.render(copy)
        }
        for character in "versicherun" { _ = Reducer.reduce(&knowledge, .key(.character(character))) }
        measure("knowledge search: a key typed + render", size, repeats: 10) {
            var copy = knowledge
            _ = Reducer.reduce(&copy, .key(.character("g")))
            _ = Renderer.render(copy)
        }
        measure("needs matrix", size, repeats: 10) { _ = NeedsMatrix(network: loaded.network) }
        var form = state
        _ = Reducer.reduce(&form, .key(.character("n")))
        for character in "Fahrtkosten Integrationskur" { _ = Reducer.reduce(&form, .key(.character(character))) }
        measure("a key in a question's title + render", size, repeats: 10) {
            var copy = form
            _ = Reducer.reduce(&copy, .key(.character("s")))
            _ = Renderer.render(copy)
        }

        // A colleague changes one file: the reader reads it and takes it in (its store as
        // last read is shared with the screen, so the list of questions is copied once),
        // keeps its checks across records, folds the one question for search; the screen
        // takes it in and draws.
        if let question = loaded.network.questions.last {
            var current = loaded
            current.checkAcrossRecords()
            current.refresh([], in: store)
            let corpus = SearchCorpus(current.network.questions)
            var changed = question
            changed.title += " (geändert)"
            _ = try? store.save(changed, expecting: question)
            let path = "questions/\(question.id).json"
            var refreshed = current
            var positions: [String: Int?]?
            measure("a colleague's change: the reader's work", size, repeats: 10) {
                refreshed = current
                positions = refreshed.refresh([path], in: store)
                _ = refreshed.problems
                _ = SearchCorpus(refreshed.network.questions, replacing: positions?.values.compactMap { $0 } ?? [], in: corpus)
            }
            let network = refreshed.network, problems = refreshed.problems
            _ = Renderer.render(state)
            measure("  … and the screen takes it in + render", size, repeats: 5) {
                var copy = state
                _ = Reducer.reduce(&copy, .reloaded(network, problems, changed: positions))
                _ = Renderer.render(copy)
            }
            _ = try? store.save(question, expecting: changed)
            // Saving an edit: the merge with the file and the write under the lock, which
            // must cost the same in a store of 1,000 and one of 100,000 questions.
            var base = question
            measure("saving an edited question (merge and write under the lock)", size, repeats: 10) {
                var edited = base
                edited.updated = edited.updated.addingTimeInterval(1)
                _ = try? store.save(edited, expecting: base)
                base = edited
            }
            _ = try? store.save(question, expecting: base)
        }
        measure("quick poll while idle (no inotify)", size, repeats: 50) { _ = QuickSignature(of: store) }
    }
}
