import Foundation
import LotseCore
import LotseStore
import LotseUI

/// Timings of the hot paths, at the example's size and at larger stores. Run with
/// `swift run -c release lotse-bench`; the numbers are for reading, not asserting.

/// The example network with its questions copied `factor` times (new ids, same texts).
func network(times factor: Int) -> Network {
    var network = ExampleNetwork.make()
    var generator = SeededGenerator(seed: 99)
    let base = network.questions
    for round in 1..<max(1, factor) {
        for question in base {
            var copy = question
            copy.id = RecordID.make(at: question.created.addingTimeInterval(Double(round)), using: &generator)
            copy.duplicateOf = nil
            if copy.status == .merged { copy.status = .open }
            network.questions.append(copy)
        }
    }
    return network
}

func measure(_ name: String, size: Int, repeats: Int, _ body: () -> Void) {
    body()  // warm up
    let clock = ContinuousClock()
    let elapsed = clock.measure { for _ in 0..<repeats { body() } }
    let each = elapsed / repeats
    let micros = Double(each.components.attoseconds) / 1e12 + Double(each.components.seconds) * 1e6
    print(DisplayWidth.pad(name, to: 36) + String(format: "%6d questions %11.1f µs", size, micros))
}

if let status = StoreGenerator.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }
if let status = TextBench.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }
if let status = StoreBench.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }
if let status = TerminalBench.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }
if let status = CommandBench.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }

// 42, 2,100 and about 10,000 questions.
for factor in [1, 50, 238] {
    let data = network(times: factor)
    let count = data.questions.count
    var state = AppState(network: data, storeLabel: "~/bench", size: Size(width: 120, height: 40))
    measure("render home 120×40", size: count, repeats: 50) { _ = Renderer.render(state) }
    do {
        // One key as the user feels it: the reducer, the view model and the frame.
        var keyed = state
        _ = Reducer.reduce(&keyed, .key(.character("2")))
        var down = true
        measure("j in questions panel + render", size: count, repeats: 50) {
            _ = Reducer.reduce(&keyed, .key(.character(down ? "j" : "k")))
            down.toggle()
            _ = Renderer.render(keyed)
        }
    }
    measure("reduce ↓ in the questions panel", size: count, repeats: 200) {
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.down))
    }
    var form = state
    _ = Reducer.reduce(&form, .key(.character("n")))
    for character in "Fahrtkosten Integrationskurs" { _ = Reducer.reduce(&form, .key(.character(character))) }
    measure("type a key in the form + render", size: count, repeats: 50) {
        var copy = form
        _ = Reducer.reduce(&copy, .key(.character("x")))
        _ = Renderer.render(copy)
    }
    do {
        // A 100 KB paste into the question's text: 100,000 keys reduced, then one frame.
        var pasting = state
        _ = Reducer.reduce(&pasting, .key(.character("n")))
        for _ in 0..<5 { _ = Reducer.reduce(&pasting, .key(.tab)) }
        let paste = String(String(repeating: "Die Familie sucht eine Wohnung in der Nähe der Schule. ", count: 1_850).prefix(Int(ProcessInfo.processInfo.environment["PASTE"] ?? "100000") ?? 100_000))
        measure("paste 100 KB into a form + render", size: count, repeats: 1) {
            var copy = pasting
            for character in paste { _ = Reducer.reduce(&copy, .key(.character(character))) }
            _ = Renderer.render(copy)
        }
    }
    measure("knowledge search \"versicherung\"", size: count, repeats: 50) {
        _ = KnowledgeSearch.search("versicherung", in: data.questions)
    }
    measure("needs matrix", size: count, repeats: 50) { _ = NeedsMatrix(network: data) }
    do {
        // The Datenschutz view checks every text once per change, not at every key.
        var privacy = state
        _ = Reducer.reduce(&privacy, .key(.character("D")))
        var down = true
        measure("scroll Datenschutz view + render", size: count, repeats: 20) {
            _ = Reducer.reduce(&privacy, .key(.character(down ? "j" : "k")))
            down.toggle()
            _ = Renderer.render(privacy)
        }
    }
    // Meeting mode redraws once a second while the timer runs: a tick plus a frame.
    var meeting = state
    _ = Reducer.reduce(&meeting, .key(.character("3")))
    _ = Reducer.reduce(&meeting, .key(.character("m")))
    measure("meeting mode: tick + render 120×40", size: count, repeats: 50) {
        _ = Reducer.reduce(&meeting, .tick(meeting.now.addingTimeInterval(1)))
        _ = Renderer.render(meeting)
    }
    measure("open measures across meetings", size: count, repeats: 50) { _ = meeting.measureRows(all: false) }

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-bench-\(UUID().uuidString)")
    if let store = try? FileStore.create(at: folder, with: data) {
        measure("load the store from disk", size: count, repeats: 5) { _ = try? store.load() }
        measure("store signature (poll)", size: count, repeats: 20) { _ = StoreSignature(of: store) }
        measure("quick poll while idle", size: count, repeats: 200) { _ = QuickSignature(of: store) }
    }
    try? FileManager.default.removeItem(at: folder)
}
