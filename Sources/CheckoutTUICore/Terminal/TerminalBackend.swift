/// The seam between the program loop and a terminal: its size, its input, drawing a frame, and what it can show.
///
/// Main-actor bound because a terminal is one process-wide resource that curses only allows from one thread.
@MainActor
public protocol TerminalBackend {
    var size: Size { get }
    var supportsColor: Bool { get }
    var supportsUTF8: Bool { get }
    var supportsMouse: Bool { get }
    /// True once no input can ever arrive again (a finished script); a live terminal never is.
    var isInputExhausted: Bool { get }

    /// The next input event, or nil when none arrived within the timeout.
    mutating func nextKey(timeoutMilliseconds: Int) -> Key?

    /// Input that has already arrived, up to `limit` events, without waiting (the rest of a paste); default none.
    mutating func pendingKeys(limit: Int) -> [Key]

    /// Shows a frame; cells beyond the terminal's current size are dropped.
    mutating func present(_ buffer: ScreenBuffer)
}

extension TerminalBackend {
    /// The glyph set this terminal can draw.
    public var glyphs: Glyphs { supportsUTF8 ? .unicode : .ascii }

    public mutating func pendingKeys(limit: Int) -> [Key] { [] }
}
