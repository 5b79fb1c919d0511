import Dispatch

/// Runs a server under test on a thread of its own, as `checkout-tui serve` has its own process: every test target
/// shares one process whose cooperative pool has as many threads as cores (two here), and with hundreds of tests
/// queued on it a server's next step (writing the end of an answer, which its idle timer waits for) can wait
/// seconds behind them. Child tasks inherit the preference, so the whole server runs here.
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    // A queue of our own gets a thread even while the cooperative pool is busy; serial keeps the jobs in order.
    private let queue = DispatchQueue(label: "checkout-tui.tests.server")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
