import CheckoutTUICore
import Testing

/// Key names as used by scripts and recordings.
@Suite struct KeyNameTests {
    @Test(arguments: [
        Key.character("a"), .character(" "), .character("€"), .character("合"), .character("C"),
        .up, .down, .left, .right, .enter, .tab, .backTab, .escape, .backspace, .delete,
        .home, .end, .pageUp, .pageDown, .function(1), .function(12), .function(63), .ctrl("c"), .ctrl("z"),
        .mouse(x: 3, y: 4, kind: .click), .mouse(x: 0, y: 0, kind: .press), .mouse(x: 1, y: 2, kind: .release),
        .mouse(x: 5, y: 6, kind: .scrollUp), .mouse(x: 7, y: 8, kind: .scrollDown),
        .resize(Size(width: 80, height: 24)), .terminate, .unknown,
    ])
    func namesRoundTrip(key: Key) throws {
        #expect(try Key(name: key.name) == key)
    }

    @Test(arguments: [
        ("Up", Key.up), ("Enter", .enter), ("Tab", .tab), ("BTab", .backTab), ("S-Tab", .backTab),
        ("Escape", .escape), ("Esc", .escape), ("Space", .character(" ")), ("BSpace", .backspace),
        ("C-c", .ctrl("c")), ("C-C", .ctrl("c")), ("F1", .function(1)), ("x", .character("x")),
        ("DC", .delete), ("Delete", .delete), ("PageUp", .pageUp), ("NPage", .pageDown),
        ("Click(3,4)", .mouse(x: 3, y: 4, kind: .click)), ("Resize(100x30)", .resize(Size(width: 100, height: 30))),
    ])
    func parsesScriptNames(name: String, key: Key) throws {
        #expect(try Key(name: name) == key)
    }

    @Test(arguments: ["", "Foo", "up", "ab", "C-1", "C-", "F0", "F64", "F1x", "F+1", "\u{7}", "Click(1)",
        "Click(a,b)", "Resize(80x)", "Resize(-1x5)", "Tap(1,2)"])
    func rejectsUnknownNames(name: String) {
        #expect(throws: KeyNameError(name: name)) { try Key(name: name) }
    }

    @Test func errorNamesTheBadName() {
        #expect(KeyNameError(name: "Foo").description == "unknown key name \"Foo\" (`checkout-tui keys names` lists them all)")
        #expect(KeyNameError(name: "Entr").description.contains("did you mean Enter?"))
    }

    @Test func canonicalNamesFollowTmux() {
        #expect([Key.backTab, .backspace, .delete, .pageUp, .pageDown, .ctrl("c")].map(\.name)
            == ["BTab", "BSpace", "DC", "PPage", "NPage", "C-c"])
    }
}
