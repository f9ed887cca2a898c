import LotseCore

/// The categories of questions, each with how many questions use it.
enum CategoriesScreen {
    static func draw(_ categories: CategoriesState, state: AppState, into buffer: inout Buffer) {
        let frame = ListScreenLayout.frame(state.size)
        let names = state.network.manifest.categories
        let t = state.language.meetingScreenTexts
        Frame.draw(into: &buffer, frame, title: t.categoriesTitle, focused: true,
                   footer: names.isEmpty ? nil : "\(categories.selection.index + 1)/\(names.count)")
        let area = frame.inner
        guard !names.isEmpty else {
            buffer.write(t.noCategories, x: area.x + 1, y: area.y, Style(.muted), limit: area.maxX)
            return
        }
        // Counted once per frame: the screen is opened seldom and the list is short.
        var uses: [String: Int] = [:]
        for question in state.network.questions { uses[question.category, default: 0] += 1 }
        ListView.draw(into: &buffer, count: names.count, cursor: categories.selection.cursor, in: area, focused: true) { index in
            let count = uses[names[index]] ?? 0
            return ListRow([TextSpan(names[index])], trailing: TextSpan("\(count)", count == 0 ? .muted : .plain))
        }
    }
}
