/// The numbered rows of a QA menu, the one under the cursor highlighted.
enum MenuRows {
    static func lines(_ labels: [String], cursor: Int, enabled: Bool) -> [ContentLine] {
        labels.enumerated().map { index, label in
            let focused = index == cursor && enabled
            let style: Style = !enabled ? Style(.disabled) : focused ? Style(.selected, bold: true) : .normal
            return ContentLine(
                [Span(" \(index + 1)  ", focused ? style : Style(.keyHint, bold: enabled)), Span(label, style)],
                highlight: focused ? .selected : nil)
        }
    }
}
