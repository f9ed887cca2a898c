import LotseCore

/// The top line: which network and which store are open, and for a synced store where it
/// stands against the remote. The store path is cut from the left, because its end is the
/// part that tells stores apart.
enum TitleLine {
    static func draw(_ state: AppState, into buffer: inout Buffer, in rect: Rect) {
        guard rect.height > 0 else { return }
        let bar = Style(.foreground, on: .statusBar)
        buffer.fill(rect, bar)
        let manifest = state.network.manifest
        var x = buffer.write(" Lotse ", x: rect.x, y: rect.y, Style(.title, on: .statusBar, [.bold]))
        let label = "\(state.strings.storeLabel): "
        let room = rect.width / 2 - DisplayWidth.of(label) - 1
        let path = DisplayWidth.of(state.storeLabel) > room ? "…" + suffix(state.storeLabel, fitting: room - 1) : state.storeLabel
        let storeText = label + path + " "
        let storeX = rect.maxX - DisplayWidth.of(storeText)
        let sync = syncParts(state)
        let syncWidth = sync.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let syncX = storeX - syncWidth - (sync.isEmpty ? 0 : 3)
        x = buffer.write("│ ", x: x, y: rect.y, Style(.border, on: .statusBar))
        buffer.write(DisplayWidth.truncate("\(manifest.network) · \(manifest.district)", to: syncX - x - 1),
                     x: x, y: rect.y, bar.with([.bold]), limit: syncX - 1)
        var syncCursor = syncX
        for part in sync {
            syncCursor = buffer.write(part.text, x: syncCursor, y: rect.y, Style(part.role, on: .statusBar), limit: storeX - 2)
        }
        if !sync.isEmpty { buffer.write("│", x: storeX - 2, y: rect.y, Style(.border, on: .statusBar)) }
        buffer.write(storeText, x: storeX, y: rect.y, Style(.muted, on: .statusBar))
    }

    /// "↑2 ↓0 · vor 5 Min.", "offline", "synchronisiere … 3 s", and the open conflicts;
    /// before them, while the store is still being read, how far that has come.
    static func syncParts(_ state: AppState) -> [(text: String, role: Role)] {
        var loading: [(text: String, role: Role)] = []
        if let progress = state.loading {
            let cells = 8
            let filled = Int((progress.fraction * Double(cells)).rounded(.down))
            // Without an index the number of files is known only once they are listed.
            let bar = progress.total == 0 ? "…"
                : String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            loading = [("⟳ " + state.strings.loading(progress.read, progress.total) + " " + bar, .title)]
            if state.sync != nil { loading.append(("  ", .muted)) }
        }
        return loading + syncStateParts(state)
    }

    private static func syncStateParts(_ state: AppState) -> [(text: String, role: Role)] {
        guard let sync = state.sync else { return [] }
        let t = state.language.syncMessages
        var parts: [(text: String, role: Role)]
        if let started = sync.startedAt {
            let seconds = max(0, Int(state.now.timeIntervalSince(started)))
            parts = [("⟳ \(t.syncing) \(seconds) s", .title)]
        } else if sync.offline {
            parts = [("↑\(sync.unsent.count) · \(t.offline)", .warning)]
        } else {
            parts = [(t.titleState(sync.unsent.count, sync.incoming, sync.lastSync, state.now), .muted)]
        }
        let conflicts = state.network.syncConflicts.count
        if conflicts > 0 { parts.append((" · " + t.conflictCount(conflicts), .warning)) }
        if sync.purgePending != nil { parts.append((" · " + t.purgePendingShort, .warning)) }
        return parts
    }

    private static func suffix(_ text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.insert(character, at: result.startIndex)
            used += w
        }
        // Cut at a folder's edge, so that no name shows in part ("…/another/s100000",
        // not "…ylongname/another/s100000"); the last name alone is cut if it must be.
        if result.count < text.count, let slash = result.firstIndex(of: "/"), result.index(after: slash) < result.endIndex {
            return String(result[slash...])
        }
        return result
    }
}
