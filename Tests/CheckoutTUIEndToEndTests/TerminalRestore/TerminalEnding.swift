#if canImport(Glibc)
    import Glibc
#endif

/// One way the TUI can end, and the exit status the shell then reports.
struct TerminalEnding: CustomStringConvertible, Sendable {
    /// What ends the run once its first screen is up: keys typed into the pane, or a signal sent to the process.
    enum Trigger: Sendable {
        case keys([String])
        case signal(Int32)
        /// The run ends by itself (`--debug-crash-after-first-frame`).
        case none
    }

    let description: String
    /// Arguments after the binary.
    let arguments: String
    let trigger: Trigger
    /// Every status this ending may give: a crash is SIGILL on x86_64 and SIGTRAP on arm64, whether or not a core
    /// is dumped (the shell reports 128 + the signal either way).
    let statuses: Set<Int>

    /// Every ending issue 7 names. The terminal is restored and the recap printed every time but the crash; a quit
    /// key exits 0, a termination signal 128 + its number (as a shell reports a killed job), a crash its signal.
    static let all: [TerminalEnding] = [
        TerminalEnding(description: "q", arguments: "", trigger: .keys(["q"]), statuses: [0]),
        TerminalEnding(description: "Ctrl-C", arguments: "", trigger: .keys(["C-c"]), statuses: [0]),
        TerminalEnding(description: "SIGTERM", arguments: "", trigger: .signal(SIGTERM), statuses: [128 + Int(SIGTERM)]),
        TerminalEnding(description: "SIGHUP", arguments: "", trigger: .signal(SIGHUP), statuses: [128 + Int(SIGHUP)]),
        TerminalEnding(
            description: "an injected crash", arguments: "--debug-crash-after-first-frame", trigger: .none,
            statuses: [128 + Int(SIGILL), 128 + Int(SIGTRAP)]),
    ]
}
