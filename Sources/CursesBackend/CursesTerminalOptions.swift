/// Start-up choices for `CursesTerminal`, for terminals that misreport what they can show.
public struct CursesTerminalOptions: Hashable, Sendable {
    /// Draw with ASCII glyphs even when the locale is UTF-8.
    public var forceASCII: Bool
    /// Use attributes only, as when NO_COLOR is set.
    public var forceMonochrome: Bool
    public var enableMouse: Bool

    public init(forceASCII: Bool = false, forceMonochrome: Bool = false, enableMouse: Bool = true) {
        self.forceASCII = forceASCII
        self.forceMonochrome = forceMonochrome
        self.enableMouse = enableMouse
    }
}
