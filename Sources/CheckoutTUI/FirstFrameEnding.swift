/// How a run that stops at its first frame ends: `--exit-after-first-frame` exits normally (start-up
/// benchmarks); the hidden `--debug-crash-after-first-frame` traps, so tests can check the crash handler
/// restores the terminal.
enum FirstFrameEnding: Equatable {
    case exit
    case crash

    /// The injected crash: a trap like any Swift runtime failure, caught by the handler in CNcurses/shim.h.
    func trap() -> Never {
        fatalError("injected crash (--debug-crash-after-first-frame)")
    }
}
