/// One decoded input event: a key press, a mouse action, a terminal resize, or a request to terminate.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    case up, down, left, right
    case enter, tab, backTab, escape, backspace, delete
    case home, end, pageUp, pageDown
    /// F1 is `function(1)`.
    case function(Int)
    /// Control plus a lowercase letter; arrives as a key, not a signal, because the terminal is in raw mode.
    case ctrl(Character)
    /// Zero-based cell coordinates.
    case mouse(x: Int, y: Int, kind: MouseKind)
    /// The terminal now has this size.
    case resize(Size)
    /// The process was asked to stop (SIGTERM or SIGHUP); the program ends after delivering it.
    case terminate
    /// Input the decoder has no meaning for.
    case unknown
}
