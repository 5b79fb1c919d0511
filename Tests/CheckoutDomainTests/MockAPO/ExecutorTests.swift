import Dispatch
import Foundation
import Synchronization
import Testing

@testable import CheckoutDomain

/// The mock runs its calls on its own executor, never on the one its caller prefers: `serve` runs each
/// connection's tasks on its event loop, and a mock drained there kept that loop from reading its sockets for
/// seconds (docs/DECISIONS.md). A host that names an executor (`play`, on the main actor) gets that one.
@Suite("MockAPO: its own executor")
struct ExecutorTests {
    /// A task executor whose jobs run on one dispatch queue, marked so code can tell it is running there.
    final class PreferredExecutor: TaskExecutor {
        static let key = DispatchSpecificKey<Bool>()
        private let queue = DispatchQueue(label: "preferred")
        let jobs = Mutex(0)

        init() {
            queue.setSpecific(key: Self.key, value: true)
        }

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            jobs.withLock { $0 += 1 }
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }

        static var isRunning: Bool { DispatchQueue.getSpecific(key: key) == true }
    }

    /// A manual clock that counts the reads made while the preferred executor runs: the mock reads its clock at
    /// the start of every call, inside its isolation.
    final class WatchingClock: WallClock {
        let inner = ManualClock(Harness.start)
        let readsOnPreferred = Mutex(0)

        func now() -> Date {
            if PreferredExecutor.isRunning { readsOnPreferred.withLock { $0 += 1 } }
            return inner.now()
        }
    }

    @Test("a caller that prefers another executor still finds the mock on its own")
    func ownExecutor() async throws {
        let clock = WatchingClock()
        let apo = try MockAPO.bundled(
            clock: clock, ids: SequentialIDGenerator(), store: InMemoryAPOStore(), sink: MerchantWebhookReceiver())
        let preferred = PreferredExecutor()
        let answers = await withTaskExecutorPreference(preferred) {
            let session = try? await apo.createPaymentSession(Harness.sessionRequest())
            let payment = try? await apo.pay(Harness.payRequest())
            // The caller itself did run on the executor it prefers.
            return (session?.result, payment?.result, PreferredExecutor.isRunning)
        }
        #expect(answers.0 == .success && answers.1 == .success)
        #expect(answers.2, "the caller's own code ran where it prefers")
        #expect(preferred.jobs.withLock { $0 } > 0)
        #expect(clock.readsOnPreferred.withLock { $0 } == 0, "no call of the mock ran on the caller's executor")
    }

    /// A manual clock that counts the reads made on the main queue, where the main actor's jobs run (marked so,
    /// since on Linux a pool thread drains that queue once `dispatchMain` has let the main thread go).
    final class MainQueueClock: WallClock {
        static let key = DispatchSpecificKey<Bool>()
        let inner = ManualClock(Harness.start)
        let readsOnMain = Mutex(0)
        let readsElsewhere = Mutex(0)

        init() {
            DispatchQueue.main.setSpecific(key: Self.key, value: true)
        }

        func now() -> Date {
            if DispatchQueue.getSpecific(key: Self.key) == true {
                readsOnMain.withLock { $0 += 1 }
            } else {
                readsElsewhere.withLock { $0 += 1 }
            }
            return inner.now()
        }
    }

    @Test("a mock given the main actor's executor runs its calls there; one given none, off it")
    @MainActor
    func namedExecutor() async throws {
        for onMain in [true, false] {
            let clock = MainQueueClock()
            let apo = try MockAPO.bundled(
                clock: clock, ids: SequentialIDGenerator(), store: InMemoryAPOStore(), sink: MerchantWebhookReceiver(),
                executor: onMain ? MainActor.sharedUnownedExecutor : nil)
            let session = try await apo.createPaymentSession(Harness.sessionRequest())
            let payment = try await apo.pay(Harness.payRequest())
            #expect(session.result == .success && payment.result == .success)
            let (main, elsewhere) = (clock.readsOnMain.withLock { $0 }, clock.readsElsewhere.withLock { $0 })
            #expect(main + elsewhere > 0, "the mock read its clock")
            #expect(onMain ? elsewhere == 0 : main == 0, "main: \(main), elsewhere: \(elsewhere)")
        }
    }
}
