import CheckoutTUICore
import Foundation
import Testing

@testable import CursesBackend

/// The parts of the curses terminal that run without taking over a terminal.
@MainActor
@Suite struct CursesTerminalTests {
    /// Runs only when the test process has no terminal, so the terminal is never taken over.
    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusesToStartWithoutATerminal() {
        #expect(throws: CursesTerminalError.notATerminal) { try CursesTerminal() }
    }

    @Test func errorsExplainThemselves() {
        #expect(CursesTerminalError.notATerminal.description.contains("tty"))
        #expect(CursesTerminalError.unusableTerminal(type: "vt999").description.contains("\"vt999\""))
    }

    @Test(.timeLimit(.minutes(6)))
    func aHangupRaisesTheTerminationFlag() async {
        let signals = TerminationSignals(signals: [SIGHUP])
        defer { signals.restore() }
        #expect(!signals.isRequested)
        // The source registers asynchronously and a hangup sent before that is ignored, so keep sending until it
        // is seen. The pause between sends leaves the two cores to the dispatch thread that raises the flag (a
        // busy loop starved it in the full parallel run); the patience is only an upper bound.
        let deadline = ContinuousClock.now + .seconds(120)
        while !signals.isRequested, ContinuousClock.now < deadline {
            kill(getpid(), SIGHUP)
            try? await Task.sleep(for: .milliseconds(20))
        }
        #expect(signals.isRequested)
    }
}
