/// Bedarfe: moving over the cells; Enter shows the cell's questions on the home screen.
enum MatrixReducer {
    static func reduce(_ command: Command, in matrix: inout MatrixState, state: inout AppState) -> [Effect] {
        let table = state.needsMatrix
        let rows = table.communes.map(\.id)
        let columns = table.categories
        switch command {
        case .moveUp, .moveDown, .moveToTop, .moveToBottom:
            _ = matrix.row.follow(command, in: rows, visible: rows.count)
        case .pageUp: _ = matrix.row.follow(.moveToTop, in: rows, visible: rows.count)
        case .pageDown: _ = matrix.row.follow(.moveToBottom, in: rows, visible: rows.count)
        case .moveLeft: matrix.column.move(by: -1, in: columns, visible: columns.count)
        case .moveRight: matrix.column.move(by: 1, in: columns, visible: columns.count)
        case .open:
            // The cell's questions: the commune chosen, the category filtered, the panel focused.
            resolve(&matrix, in: state)
            guard let commune = matrix.row.id, let category = matrix.column.id else { return [] }
            let home = state.home
            var drilled = QuestionQuery.open
            drilled.category = category
            state.path.removeAll()
            state.home.filters[.communes] = nil
            state.home.selections[.communes] = Selection(id: commune)
            state.home.query = .open
            state.home.query.category = category
            state.home.filters[.questions] = nil
            state.home.selections[.questions] = Selection()
            state.home.focus = .questions
            state.home.matrixReturn = MatrixReturn(matrix: matrix, focus: home.focus, selections: home.selections,
                                                   filters: home.filters, query: home.query, drilled: drilled, commune: commune)
        case .back: Reducer.pop(&state)
        default: break
        }
        return []
    }

    static func resolve(_ matrix: inout MatrixState, in state: AppState) {
        let table = state.needsMatrix
        matrix.row.resolve(in: table.communes.map(\.id), visible: table.communes.count)
        matrix.column.resolve(in: table.categories, visible: table.categories.count)
    }
}
