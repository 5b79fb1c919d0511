import Dispatch

/// Runs a server under test, or a long exchange with one, on a thread of its own, as `checkout-tui serve` and its
/// clients have processes of their own: every test target shares one process whose cooperative pool has as many
/// threads as cores (two here), and with hundreds of tests queued on it each step of a server (writing the end of
/// an answer, which its idle timer waits for) or of a client (its next request) can wait seconds behind them.
/// Child tasks inherit the preference, so the whole server or exchange runs here.
final class OwnThreadExecutor: TaskExecutor, @unchecked Sendable {
    // A queue of our own gets a thread even while the cooperative pool is busy; serial keeps the jobs in order.
    private let queue = DispatchQueue(label: "checkout-tui.tests.own-thread")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
