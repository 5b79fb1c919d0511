import CheckoutDomain
import Logging
import ServiceLifecycle

/// Checkpoints the write-ahead log of every store opened with `WALCheckpoints.background`, every `interval`, so
/// the disk's `fdatasync`s happen beside the mock's saves instead of inside one of them (SQLite's automatic checkpoint
/// made the save that triggered it, and every call queued behind the mock, wait 20–30 ms; docs/DECISIONS.md).
struct WALCheckpointer: Service {
    let stores: [SQLiteAPOStore]
    let interval: Duration
    let logger: Logger

    /// The stores among `stores` that leave checkpoints to their owner.
    static func needed(by stores: some Sequence<any APOStore>) -> [SQLiteAPOStore] {
        stores.compactMap { $0 as? SQLiteAPOStore }.filter { $0.checkpoints == .background }
    }

    func run() async {
        await cancelWhenGracefulShutdown { [stores, interval, logger] in
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { break }
                for store in stores {
                    do throws(StoreError) {
                        _ = try await store.checkpoint()
                    } catch {
                        logger.warning("\(error.description); the log is kept and the next checkpoint tries again")
                    }
                }
            }
        }
    }
}
