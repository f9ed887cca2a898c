import LotseCore

/// Bedarfe: communes × categories, the number of open questions in each cell, shaded by
/// count. The number is always printed: meaning never rests on colour alone.
enum MatrixScreen {
    static func draw(_ matrixState: MatrixState, state: AppState, into buffer: inout Buffer) {
        let t = state.language.questionTexts
        let frame = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        Frame.draw(into: &buffer, frame, title: t.matrixTitle, focused: true)
        let area = PagerLayout.textArea(of: frame)
        let matrix = state.needsMatrix
        let columns = matrix.categories.count
        let nameWidth = min(16, max(8, area.width / 6))
        let cellWidth = max(3, min(6, (area.width - nameWidth - 5) / max(1, columns)))
        let headings = matrix.headings(width: cellWidth - 1, none: state.language.questionTexts.noCategory)
        let cursor = (row: matrixState.row.index, column: matrixState.column.index)
        var y = area.y
        // Column headings, the selected one highlighted.
        var x = area.x + nameWidth
        for (column, heading) in headings.enumerated() {
            let style = column == cursor.column ? Style(.title, [.bold, .underline]) : Style(.muted)
            buffer.write(DisplayWidth.pad(heading, to: cellWidth), x: x, y: y, style, limit: area.maxX)
            x += cellWidth
        }
        buffer.write(t.matrixTotal, x: x + 1, y: y, Style(.muted, [.bold]), limit: area.maxX)
        // New questions per month over the last year, where there is room for twelve months.
        let trendX = x + 7
        let trends = area.maxX - trendX >= 12 ? state.homeView.trends : [:]
        if !trends.isEmpty { buffer.write(t.matrixTrend, x: trendX, y: y, Style(.muted, [.bold]), limit: area.maxX) }
        y += 1
        let maximum = max(1, matrix.maximum)
        for (row, commune) in matrix.communes.enumerated() where y < area.maxY - 3 {
            let nameStyle = row == cursor.row ? Style(.title, [.bold]) : Style(.foreground)
            buffer.write(DisplayWidth.pad(commune.name, to: nameWidth - 1), x: area.x, y: y, nameStyle)
            x = area.x + nameWidth
            for column in 0..<columns {
                let count = matrix.counts[row][column]
                var style = Style(count == 0 ? .muted : .foreground, on: shade(count, maximum: maximum), count > 0 ? [.bold] : [])
                if row == cursor.row && column == cursor.column { style = Style(.foreground, on: .selection, [.bold, .reverse]) }
                let text = count == 0 ? "·" : "\(count)"
                let padded = String(repeating: " ", count: max(0, (cellWidth - 1 - text.count + 1) / 2)) + text
                buffer.write(DisplayWidth.pad(padded, to: cellWidth - 1), x: x, y: y, style, limit: area.maxX)
                x += cellWidth
            }
            buffer.write(String(matrix.rowTotal(row)), x: x + 1, y: y, Style(.foreground, [.bold]), limit: area.maxX)
            if !trends.isEmpty {
                buffer.write(Trend.sparkline(trends[commune.id] ?? Array(repeating: 0, count: 12)), x: trendX, y: y,
                             Style(.foreground, [.bold]), limit: area.maxX)
            }
            y += 1
        }
        // Column totals.
        buffer.write(DisplayWidth.pad(t.matrixTotal, to: nameWidth), x: area.x, y: y, Style(.muted, [.bold]))
        x = area.x + nameWidth
        for column in 0..<columns {
            let text = String(matrix.columnTotal(column))
            buffer.write(String(repeating: " ", count: max(0, (cellWidth - 1 - text.count + 1) / 2)) + text, x: x, y: y,
                         Style(.foreground, [.bold]), limit: area.maxX)
            x += cellWidth
        }
        buffer.write(String(matrix.total), x: x + 1, y: y, Style(.title, [.bold]), limit: area.maxX)
        y += 2
        // The selected cell in words.
        if matrix.communes.indices.contains(cursor.row), matrix.categories.indices.contains(cursor.column) {
            let count = matrix.counts[cursor.row][cursor.column]
            let category = matrix.categories[cursor.column].isEmpty ? state.language.questionTexts.noCategory : matrix.categories[cursor.column]
            let text = t.matrixCell(matrix.communes[cursor.row].name, category, count)
            buffer.write(DisplayWidth.truncate(text, to: area.width), x: area.x, y: min(y, area.maxY - 2), Style(.accent, [.bold]))
        }
        // The short headings in full, where the screen has the room for all of them.
        let names = matrix.categories.map { $0.isEmpty ? state.language.questionTexts.noCategory : $0 }
        var legend: [String] = []
        for entry in zip(headings, names).map({ DisplayWidth.truncate("\($0) = \($1)", to: area.width) }) {
            // Whole entries to a line, three blanks apart.
            if let last = legend.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(entry) <= area.width {
                legend[legend.count - 1] = last + "   " + entry
            } else {
                legend.append(entry)
            }
        }
        if y + 2 + legend.count <= area.maxY - 1 {
            for (offset, line) in legend.enumerated() {
                buffer.write(line, x: area.x, y: y + 2 + offset, Style(.muted), limit: area.maxX)
            }
        }
        buffer.write(DisplayWidth.truncate(t.matrixLegend, to: area.width), x: area.x, y: area.maxY - 1, Style(.muted))
    }

    static func shade(_ count: Int, maximum: Int) -> Role {
        guard count > 0 else { return .background }
        let level = Double(count) / Double(maximum)
        return level > 0.66 ? .heatHigh : level > 0.33 ? .heatMid : .heatLow
    }
}
