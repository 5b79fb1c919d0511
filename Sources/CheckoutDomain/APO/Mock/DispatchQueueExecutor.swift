import Dispatch

/// A serial executor over a private dispatch queue: where a mock runs its calls unless its host names an executor.
///
/// An actor that chooses its executor per instance has no way back to the default one, so the mock takes this when
/// it is given none; it behaves as a default actor does, one call at a time on the concurrency pool's threads.
final class DispatchQueueExecutor: SerialExecutor {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
    }
}
