import Testing

@testable import CheckoutDomain
@testable import CheckoutTUICore

/// A form field's lines are taken from the last layout only when the field is drawn the same way, and a page drawn
/// with the kept lines shows what a page laid out afresh shows.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct FieldLineMemoTests {
    private static func field(_ field: FormField, _ value: String, focused: Bool = false) -> FieldView {
        FieldView(
            field: field, label: "\(field)", value: value, placeholder: "", isFocused: focused, isPrefilled: false,
            prefilledTag: "", error: nil)
    }

    /// Lays `fields` out after `previous`, returning the memo and the fields drawn afresh.
    private static func layout(
        _ fields: [(FieldView, Bool)], after previous: FieldLineMemo?, width: Int = 60, glyphs: Glyphs = .unicode
    ) -> (memo: FieldLineMemo, drawn: [FormField]) {
        var memo = FieldLineMemo(after: previous, width: width, glyphs: glyphs)
        var drawn: [FormField] = []
        for (field, focused) in fields {
            let lines = memo.lines(for: field, focused: focused) {
                drawn.append(field.field)
                return [ContentLine([Span(field.value)])]
            }
            #expect(lines.first?.spans.first?.text == field.value, "the lines of \(field.field) show its value")
        }
        return (memo, drawn)
    }

    @Test("only a field that changed, or whose focus, width or glyphs changed, is drawn again")
    func takesUnchangedFields() {
        let number = Self.field(.cardNumber, "4054 69")
        let expiry = Self.field(.expiry, "12/")
        let first = Self.layout([(number, true), (expiry, false)], after: nil)
        #expect(first.drawn == [.cardNumber, .expiry])

        let typed = Self.layout([(Self.field(.cardNumber, "4054 695"), true), (expiry, false)], after: first.memo)
        #expect(typed.drawn == [.cardNumber])

        let tabbed = Self.layout([(Self.field(.cardNumber, "4054 695"), false), (expiry, true)], after: typed.memo)
        #expect(tabbed.drawn == [.cardNumber, .expiry])

        let same = [(Self.field(.cardNumber, "4054 695"), false), (expiry, true)]
        #expect(Self.layout(same, after: tabbed.memo).drawn == [])
        #expect(Self.layout(same, after: tabbed.memo, width: 40).drawn == [.cardNumber, .expiry])
        #expect(Self.layout(same, after: tabbed.memo, glyphs: .ascii).drawn == [.cardNumber, .expiry])
        // A field in another place (a form that lists other fields) is drawn again, never taken from the wrong one.
        #expect(Self.layout([(expiry, true)], after: tabbed.memo).drawn == [.expiry])
    }

    @Test("typing through the card form: each frame equals the same page laid out afresh", arguments: [false, true])
    func framesMatchFreshLayout(ascii: Bool) async throws {
        let size = Size(width: 100, height: 32)
        var script = Script.openCardForm + Script.text("405469")
        script += Script.keys("Tab") + Script.text("12") + Script.keys("BTab") + Script.text("57")
        script += Script.keys("Tab", "Tab") + Script.text("12") + Script.keys("Enter")
        let run = try await AppHarness("sg-card-first-payment", glyphs: ascii ? .ascii : .unicode).run(script, size: size)
        var fresh = run.app
        fresh.state.laidOutCheckout.value = nil
        fresh.state.laidOutFields.value = nil
        #expect(run.app.state.laidOutFields.value != nil, "the settled page kept its fields' lines")
        // Compared as text with styles, so a failure shows which line differs.
        let drawn = SnapshotAssertion.render(run.app.view(size: size), includingStyles: true)
        let afresh = SnapshotAssertion.render(fresh.view(size: size), includingStyles: true)
        #expect(drawn == afresh)
        #expect(SnapshotAssertion.render(run.last, includingStyles: true) == afresh, "the last frame presented")
    }
}
