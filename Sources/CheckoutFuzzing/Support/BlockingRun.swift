import Dispatch
import Synchronization

/// Runs async code to completion from synchronous code, for libFuzzer's synchronous `LLVMFuzzerTestOneInput`.
///
/// Blocking is sound only on a thread outside Swift's cooperative pool: libFuzzer calls from the process's
/// main thread, and the task runs on the global executor, so the wait can never hold up the work it waits
/// for. swift-protobuf's FuzzAsyncMessageSequence bridges the same way.
public enum BlockingRun {
    public static func run<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await operation()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        guard let value = result.withLock({ $0 }) else {
            preconditionFailure("the task signalled before storing its result")
        }
        return value
    }
}
