import CheckoutDomain
import Foundation
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
        await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { break }
                await checkpointAll()
            }
        }
    }

    /// One checkpoint of each store. A log started over is said at info: the saves wait for its disk flushes, so
    /// an operator (and `scripts/bench.sh`, beside its latency figures) can tell a slow moment that was this.
    func checkpointAll() async {
        for store in stores {
            do throws(StoreError) {
                guard let report = try await store.checkpoint(), report.restarted else { continue }
                logger.info("\(Self.restartLine(report, of: store))")
            } catch {
                logger.warning("\(error.description); the log is kept and the next checkpoint tries again")
            }
        }
    }

    /// The words `scripts/bench.sh` counts in the log (`SQLiteStoreCheckpointTests` holds the script to them).
    static let restartWords = "starts the write-ahead log over"

    /// The info line for a checkpoint that left the log to be started over: how long it was, the limit, the file.
    static func restartLine(_ report: WALCheckpoint, of store: SQLiteAPOStore) -> String {
        let mebibytes = { (frames: Int) in String(format: "%.1f MiB", Double(frames * store.pageSize) / 1_048_576) }
        return "the next save \(restartWords) (\(mebibytes(report.logFrames)), past its "
            + "\(mebibytes(store.logLimitFrames)) limit) in \(store.databaseURL.path); saves wait for its disk flushes"
    }
}
