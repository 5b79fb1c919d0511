import NIOCore

/// Runs a connection's Swift tasks on the event loop that reads and writes it (SE-0417 task executor preference).
///
/// Without a preference Hummingbird's responder runs on Swift's global pool: every request hops from the event loop
/// that read it to a pool thread and back to write the answer. On the loop itself a request is read, verified, signed
/// and written without a thread switch; only the mock's own work leaves the loop, for the mock's executor
/// (`MockAPO.executor`): a loop that ran the mock would not read its sockets while the other loops kept it busy.
final class EventLoopTaskExecutor: TaskExecutor {
    private let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
