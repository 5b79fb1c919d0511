import CheckoutDomain

/// Each form field's lines as the last layout drew them, with what they were drawn from, so a message that changes
/// one field (a key typed into it) lays out that field alone again and takes the others as they were.
///
/// Fields are matched by their place in the layout (a form lists its fields in the same order each time) and taken
/// only when equal in everything `CheckoutContent` reads to draw them: the field's view, its focus, the pane's width
/// and the glyphs.
struct FieldLineMemo: Sendable {
    /// One field as drawn; a reference, so that keeping it for the next layout copies no strings.
    private final class Entry: Sendable {
        let field: FieldView
        let focused: Bool
        let lines: [ContentLine]

        init(field: FieldView, focused: Bool, lines: [ContentLine]) {
            self.field = field
            self.focused = focused
            self.lines = lines
        }
    }

    private let width: Int
    private let glyphs: Glyphs
    /// The fields of the layout before this one, in the order it drew them.
    private let earlier: [Entry]
    /// The fields of this layout, for the next one.
    private var laid: [Entry] = []

    /// A memo for a layout `width` columns wide drawn with `glyphs`, taking from `previous` (the last layout's) when
    /// that was drawn the same size and with the same glyphs.
    init(after previous: FieldLineMemo?, width: Int, glyphs: Glyphs) {
        self.width = width
        self.glyphs = glyphs
        if let previous, previous.width == width, previous.glyphs == glyphs {
            earlier = previous.laid
        } else {
            earlier = []
        }
        laid.reserveCapacity(earlier.count)
    }

    /// The lines of the layout's next field: the earlier layout's when it drew the same field the same way there,
    /// else `draw()`'s.
    mutating func lines(for field: FieldView, focused: Bool, draw: () -> [ContentLine]) -> [ContentLine] {
        let place = laid.count
        if place < earlier.count, earlier[place].focused == focused, earlier[place].field == field {
            laid.append(earlier[place])
            return earlier[place].lines
        }
        let entry = Entry(field: field, focused: focused, lines: draw())
        laid.append(entry)
        return entry.lines
    }
}
