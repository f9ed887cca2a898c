import LotseCore

extension DialogView {
    /// The communes a commune can be merged into, with what the merger does.
    /// The picker's keys are the shared picker keys, named for what Enter does here.
    static func drawCommuneMerge(_ picker: CommuneMergePicker, state: AppState, into buffer: inout Buffer) {
        let t = state.language.meetingScreenTexts
        let targets = picker.targets(in: state)
        let name = state.communeNames[picker.sourceID] ?? picker.sourceID
        let height = DialogLayout.pickerRows(count: targets.count, size: state.size)
        let area = box(title: t.mergeCommuneTitle(name), lines: [.text(t.mergeCommuneNote, .muted), .blank], hint: t.mergeCommuneKeys,
                       state: state, into: &buffer, extraHeight: height)
        let top = area.maxY - height
        guard !targets.isEmpty else {
            buffer.write(t.noMergeTarget, x: area.x, y: top, Style(.muted), limit: area.maxX)
            return
        }
        let list = Rect(x: area.x - 1, y: top, width: area.width + 1, height: height)
        ListView.draw(into: &buffer, rows: targets.map { ListRow([TextSpan($0.name)]) }, cursor: picker.selection.cursor,
                      in: list, focused: true)
    }
}
