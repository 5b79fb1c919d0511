import CNcurses
import CheckoutTUICore

/// Turns one `wget_wch` result into a `Key`.
///
/// Pure, so every mapping is tested without a terminal: the caller supplies the window size and the pending
/// mouse event, and each is evaluated only for `KEY_RESIZE` or `KEY_MOUSE`.
func decodeKey(
    returnCode: Int32, value: UInt32, screenSize: @autoclosure () -> Size, mouse: @autoclosure () -> MouseReport?
) -> Key {
    switch returnCode {
    case KEY_CODE_YES:
        guard let code = Int32(exactly: value) else { return .unknown }
        if code == KEY_RESIZE { return .resize(screenSize()) }
        if code == KEY_MOUSE { return mouse().map(decodeMouse) ?? .unknown }
        return decodeFunctionKey(code)
    case OK:
        return decodeCharacter(value)
    default:
        return .unknown
    }
}

private func decodeFunctionKey(_ code: Int32) -> Key {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
    default: .unknown
    }
}

/// Bytes below 32 are control keys because the terminal is in raw mode; with `nonl`, Enter arrives as 13.
private func decodeCharacter(_ value: UInt32) -> Key {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return Unicode.Scalar(value + 0x60).map { .ctrl(Character($0)) } ?? .unknown
    default:
        guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .control else {
            return .unknown
        }
        return .character(Character(scalar))
    }
}

private func decodeMouse(_ report: MouseReport) -> Key {
    let kinds: [(mmask_t, MouseKind)] = [
        (cn_button1_clicked(), .click), (cn_button1_pressed(), .press), (cn_button1_released(), .release),
        (cn_button4_pressed(), .scrollUp), (cn_button5_pressed(), .scrollDown),
    ]
    guard let kind = kinds.first(where: { report.buttonState & $0.0 != 0 })?.1 else { return .unknown }
    return .mouse(x: report.x, y: report.y, kind: kind)
}
