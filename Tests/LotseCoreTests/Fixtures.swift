import Testing
import Foundation
@testable import LotseCore
import LotseStore

/// A small network whose every row is known, so tests can state exact results.
enum Fixtures {
    static let day = Date(timeIntervalSince1970: 1_480_000_000)

    static func question(_ n: Int, _ title: String, communes: [String], status: QuestionStatus = .open) -> Question {
        Question(id: String(format: "01AAAAAAAAAAAAAAAAAAAAAA%02d", n), communes: communes, title: title,
                 category: "Wohnen", status: status, created: day.addingTimeInterval(Double(n) * 86_400),
                 loggedBy: "Ehrenamtskoordination")
    }

    static let network = Network(
        manifest: StoreManifest(network: "Netz", district: "Kreis Test", categories: StoreManifest.defaultCategories),
        communes: [
            Commune(id: "soest", name: "Soest", kind: .city),
            Commune(id: "moehnesee", name: "Möhnesee", kind: .municipality),
            Commune(id: "werl", name: "Werl", kind: .city),
        ],
        questions: [
            question(1, "Straßenbahn nach Soest", communes: ["soest"]),
            question(2, "Fahrrad für den Schulweg", communes: ["moehnesee", "soest"]),
            question(3, "Kita-Platz", communes: ["werl"], status: .clarifying),
            question(4, "Beantwortet schon", communes: ["soest"], status: .answered),
            question(5, "Miete", communes: ["werl"]),
        ],
        meetings: [
            Meeting(id: "01BBBBBBBBBBBBBBBBBBBBBB01", title: "1. Treffen",
                    start: LocalDateTime(date: LocalDate(year: 2016, month: 12, day: 5), hour: 15, minute: 0),
                    place: "Soest", state: .finished,
                    agenda: [AgendaItem(number: 1, title: "Begrüßung", plannedMinutes: 20)]),
            Meeting(id: "01BBBBBBBBBBBBBBBBBBBBBB02", title: "2. Treffen",
                    start: LocalDateTime(date: LocalDate(year: 2017, month: 3, day: 13), hour: 15, minute: 0),
                    place: "Kreishaus", state: .planned),
        ])

    static func state(size: Size = Size(width: 120, height: 40)) -> AppState {
        AppState(network: network, storeLabel: "~/store", language: .de, size: size)
    }
}

/// An exhaustive test store (after the Composable Architecture's TestStore): every
/// action states the effects it must return and the complete state it must lead to.
struct ReducerHarness {
    private(set) var state: AppState

    /// For a step whose exact result a test does not spell out.
    var stateForTests: AppState {
        get { state }
        set { state = newValue }
    }

    init(_ state: AppState) { self.state = state }

    /// Sends an action; `expected` changes a copy of the old state into the state the
    /// reducer must produce, field by field.
    mutating func send(_ action: Action, effects: [Effect] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ expected: (inout AppState) -> Void = { _ in }) {
        var want = state
        expected(&want)
        let got = Reducer.reduce(&state, action)
        #expect(got == effects, "effects", sourceLocation: sourceLocation)
        if state != want {
            Issue.record("state after \(action) differs: \(Self.difference(state, want))", sourceLocation: sourceLocation)
        }
    }

    /// The fields that differ, as "field: got … want …", so a failure reads in one line.
    static func difference(_ got: AppState, _ want: AppState) -> String {
        let wanted = Dictionary(uniqueKeysWithValues: Mirror(reflecting: want).children.compactMap { child in
            child.label.map { ($0, String(describing: child.value)) }
        })
        return Mirror(reflecting: got).children.compactMap { child -> String? in
            guard let label = child.label else { return nil }
            let value = String(describing: child.value)
            guard value != wanted[label] else { return nil }
            return label == "network" ? "network changed" : "\(label): got \(value), want \(wanted[label] ?? "?")"
        }.joined(separator: "; ")
    }

    mutating func key(_ key: Key, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                      _ expected: (inout AppState) -> Void = { _ in }) {
        send(.key(key), effects: effects, sourceLocation: sourceLocation, expected)
    }

    /// A key whose exact result the test does not spell out.
    mutating func press(_ keys: Key...) {
        for key in keys { _ = Reducer.reduce(&state, .key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = Reducer.reduce(&state, .key(.character(character))) }
    }
}

extension AppState {
    /// Selects the panel's row number `row` by its record id, as the reducer does after
    /// a move, for stating expected states.
    mutating func select(_ panel: Panel, row: Int, offset: Int = 0) {
        let ids = rowIDs(panel)
        home.selections[panel] = Selection(id: ids.indices.contains(row) ? ids[row] : nil, index: row, offset: offset)
    }

    /// The screen on top, changed in place, for stating expected states.
    mutating func top<S: DestinationState>(_ type: S.Type, _ change: (inout S) -> Void) {
        guard let index = path.indices.last, var own = S(path[index]) else { return }
        change(&own)
        path[index] = own.destination
    }
}
