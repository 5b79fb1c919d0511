import CNcurses
import CheckoutTUICore
import Testing

@testable import CursesBackend

/// Only the pure decoder is called: no test here starts curses.
@Suite struct DecodeKeyTests {
    private let screen = Size(width: 80, height: 24)

    private func decode(_ returnCode: Int32, _ value: Int32, mouse: MouseReport? = nil) -> Key {
        decodeKey(returnCode: returnCode, value: UInt32(bitPattern: value), screenSize: screen, mouse: mouse)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete),
        (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace),
        (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)), (KEY_F0 + 63, .function(63)),
        (KEY_F0, .unknown), (KEY_F0 + 64, .unknown), (KEY_IC, .unknown),
    ])
    func functionKeys(code: Int32, key: Key) {
        #expect(decode(KEY_CODE_YES, code) == key)
    }

    @Test(arguments: [
        (Int32(3), Key.ctrl("c")), (1, .ctrl("a")), (26, .ctrl("z")), (9, .tab), (10, .enter), (13, .enter),
        (127, .backspace), (8, .backspace), (27, .escape), (0, .unknown), (28, .unknown), (0x85, .unknown),
        (0xD800, .unknown), (0x20, .character(" ")), (0x61, .character("a")), (233, .character("é")),
        (0x5408, .character("合")),
    ])
    func characters(value: Int32, key: Key) {
        #expect(decode(OK, value) == key)
    }

    @Test func resizeCarriesTheNewSize() {
        #expect(decode(KEY_CODE_YES, KEY_RESIZE) == .resize(screen))
    }

    @Test(arguments: [
        (cn_button1_clicked(), MouseKind.click), (cn_button1_pressed(), .press), (cn_button1_released(), .release),
        (cn_button4_pressed(), .scrollUp), (cn_button5_pressed(), .scrollDown),
    ])
    func mouseEvents(buttonState: mmask_t, kind: MouseKind) {
        let report = MouseReport(x: 7, y: 3, buttonState: buttonState)
        #expect(decode(KEY_CODE_YES, KEY_MOUSE, mouse: report) == .mouse(x: 7, y: 3, kind: kind))
    }

    @Test func mouseWithoutAnEventOrWithAnUnrequestedButtonIsUnknown() {
        #expect(decode(KEY_CODE_YES, KEY_MOUSE) == .unknown)
        let rightClick = MouseReport(x: 1, y: 1, buttonState: 0)
        #expect(decode(KEY_CODE_YES, KEY_MOUSE, mouse: rightClick) == .unknown)
    }

    @Test func sideInputsAreReadOnlyWhenNeeded() {
        var sizeReads = 0
        var mouseReads = 0
        func size() -> Size {
            sizeReads += 1
            return screen
        }
        func mouse() -> MouseReport? {
            mouseReads += 1
            return nil
        }
        _ = decodeKey(returnCode: OK, value: 0x61, screenSize: size(), mouse: mouse())
        _ = decodeKey(returnCode: KEY_CODE_YES, value: UInt32(KEY_UP), screenSize: size(), mouse: mouse())
        #expect(sizeReads == 0)
        #expect(mouseReads == 0)
    }

    @Test func anErrorReturnIsUnknown() {
        #expect(decode(ERR, 0) == .unknown)
    }
}
