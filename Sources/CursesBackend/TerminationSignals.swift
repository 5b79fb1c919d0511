import Dispatch
import Foundation

/// SIGTERM and SIGHUP turned into a flag the input loop polls, so the program restores the terminal before exiting.
///
/// Ignoring the signals first keeps them from killing the process before the sources are registered, and stops
/// ncurses installing its own handlers (which exit without letting the program clean up). On Linux, registering
/// a source then replaces the disposition with libdispatch's own handler, which forwards to a signalfd.
@MainActor
final class TerminationSignals {
    private let signals: [Int32]
    private let flag: TerminationFlag
    private var sources: [any DispatchSourceSignal]

    init(signals: [Int32]) {
        let flag = TerminationFlag()
        self.signals = signals
        self.flag = flag
        self.sources = signals.map { number in
            signal(number, SIG_IGN)
            return Self.makeSource(for: number, raising: flag)
        }
    }

    /// Nonisolated so the handler is not inferred to be main-actor code, which would trap when dispatch runs
    /// it on the global queue.
    private nonisolated static func makeSource(
        for number: Int32, raising flag: TerminationFlag
    ) -> any DispatchSourceSignal {
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { flag.raise(number) }
        source.resume()
        return source
    }

    var isRequested: Bool { flag.isRaised }

    /// The signal that asked the program to end, if one did.
    var received: Int32? { flag.received }

    /// Puts the signals back to their default action, so a later SIGTERM ends the process as usual.
    func restore() {
        for source in sources { source.cancel() }
        sources = []
        for number in signals {
            // Ignoring discards a copy still pending, which would otherwise kill the process mid-cleanup.
            signal(number, SIG_IGN)
            signal(number, SIG_DFL)
        }
    }
}
