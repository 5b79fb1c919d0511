import CNcurses
import CheckoutTUICore
import Foundation

/// The live terminal through ncursesw: raw keys, one colour pair per style role, mouse clicks, and the tty
/// restored on every exit path.
@MainActor
public final class CursesTerminal: TerminalBackend {
    public internal(set) var size: Size
    public let supportsColor: Bool
    public let supportsUTF8: Bool
    public let supportsMouse: Bool
    public var isInputExhausted: Bool { false }
    let palette: CursesPalette
    let termination: TerminationSignals
    private let screen: OpaquePointer
    /// False once `shutdown` has run; read by `deinit`, which is why it is a plain stored Bool.
    private(set) var isActive = true
    /// The frame the window holds, so the next one gives ncurses only the cells that changed; nil when unknown.
    var shown: ScreenBuffer?

    /// Takes over the terminal. Call `shutdown()` when done; dropping the terminal also restores it.
    public init(options: CursesTerminalOptions = CursesTerminalOptions()) throws(CursesTerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // Without a locale ncurses drops every non-ASCII character it is given.
        setlocale(LC_ALL, "")
        let termination = TerminationSignals(signals: [SIGTERM, SIGHUP])
        cn_install_crash_handlers()
        guard let screen = cn_newterm_stdio() else {
            termination.restore()
            throw .unusableTerminal(type: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        // Curses waits this long after ESC for the rest of an escape sequence; the default is a full second.
        set_escdelay(25)
        curs_set(0)

        self.screen = screen
        self.termination = termination
        self.size = Size(width: Int(cn_getmaxx(cn_stdscr())), height: Int(cn_getmaxy(cn_stdscr())))
        self.supportsUTF8 = cn_locale_is_utf8() != 0 && !options.forceASCII
        self.supportsColor = Self.startColors(monochrome: options.forceMonochrome || Self.noColorRequested)
        self.palette = CursesPalette(usesColor: supportsColor)
        self.supportsMouse = options.enableMouse && Self.enableMouse()
    }

    /// SIGTERM or SIGHUP, when one ended the run: the caller exits with 128 + it, as a shell reports a killed job.
    public var terminationSignal: Int32? { termination.received }

    /// Restores the terminal (cursor, modes, signals); safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        delscreen(screen)
        termination.restore()
    }

    deinit {
        // `shutdown` is main-actor isolated and cannot be called here; leaving curses mode is what matters.
        if isActive { endwin() }
    }

    /// https://no-color.org: set and non-empty means no colour.
    private static var noColorRequested: Bool {
        !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Starts colour and defines the role pairs; false leaves the terminal monochrome.
    private static func startColors(monochrome: Bool) -> Bool {
        guard !monochrome, has_colors(), start_color() == OK,
            cn_color_pairs() > StyleRole.allCases.count
        else { return false }
        CursesPalette.installColorPairs(defaultColors: use_default_colors() == OK)
        return true
    }

    private static func enableMouse() -> Bool {
        let mask =
            cn_button1_clicked() | cn_button1_pressed() | cn_button1_released() | cn_button4_pressed()
            | cn_button5_pressed()
        return mousemask(mask, nil) != 0
    }
}
