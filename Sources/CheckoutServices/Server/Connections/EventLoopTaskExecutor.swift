import NIOCore

/// Runs a connection's Swift tasks on the event loop that reads and writes it (SE-0417 task executor preference).
///
/// Without a preference Hummingbird's responder runs on Swift's global pool: every request hops from the event loop
/// that read it to a pool thread and back to write the answer. On the loop itself a request costs no thread switch;
/// the mock's actor runs there too, as a default actor follows its caller's preferred executor.
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
