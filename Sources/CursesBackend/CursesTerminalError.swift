/// Why the curses terminal could not start.
public enum CursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is a pipe or file; keypad mode would never reach the terminal.
    case notATerminal
    /// ncurses has no terminfo entry for `TERM`.
    case unusableTerminal(type: String)

    public var description: String {
        switch self {
        case .notATerminal:
            "checkout-tui needs an interactive terminal: standard input and output must both be a tty "
                + "(run it directly, not through a pipe or redirection)"
        case .unusableTerminal(let type):
            "ncurses cannot drive the terminal type \"\(type)\"; set TERM to a known type such as xterm-256color"
        }
    }
}
