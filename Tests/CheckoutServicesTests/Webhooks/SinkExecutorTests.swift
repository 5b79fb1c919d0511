import CheckoutDomain
import CheckoutServices
import Dispatch
import Foundation
import Logging
import Synchronization
import Testing

/// `NotificationSink.deliver` runs on its caller's executor, so an in-process merchant answers in place; the sink
/// that signs (`CapturingNotificationSink`, `serve`'s) does its work on the pool instead. With a plain `async`
/// witness it ran on the caller's executor too: `serve`'s delivery scheduler, an actor, signed every notification
/// itself, one at a time, and in a run of 100,000 saturated pays the notifications fell behind (peak RSS 153 →
/// 209 MiB, docs/performance.md).
@Suite("Notification sinks: where deliver runs")
struct SinkExecutorTests {
    /// A serial executor over one dispatch queue, marked so code can tell it is running there.
    final class MarkedExecutor: SerialExecutor {
        static let key = DispatchSpecificKey<Bool>()
        private let queue = DispatchQueue(label: "caller")

        init() {
            queue.setSpecific(key: Self.key, value: true)
        }

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
        }

        static var isRunning: Bool { DispatchQueue.getSpecific(key: key) == true }
    }

    /// An in-process merchant that notes whether it answered on the caller's executor.
    final class ProbeSink: NotificationSink {
        let ranOnCaller = Mutex<[Bool]>([])

        nonisolated(nonsending) func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
            let onCaller = MarkedExecutor.isRunning
            ranOnCaller.withLock { $0.append(onCaller) }
            return .acknowledged
        }
    }

    /// An actor on the marked executor that delivers through the protocol, as the scheduler and the mock do.
    actor Caller {
        private let executor = MarkedExecutor()
        nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

        func deliver(_ notification: OutboundNotification, to sink: any NotificationSink) async -> DeliveryOutcome {
            await sink.deliver(notification)
        }
    }

    @Test("an in-process sink answers on its caller's executor; the signing sink works on the pool")
    func whereDeliverRuns() async throws {
        let notification = OutboundNotification(
            id: "NTF-1", url: "http://127.0.0.1:9/notify", notifyType: "PAYMENT_RESULT",
            body: Data(#"{"notifyType":"PAYMENT_RESULT","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#.utf8),
            attempt: 1, paymentId: "P-1", paymentRequestId: "REQ-1", requestTime: APOBench.start,
            clientId: APOBench.clientId)
        let caller = Caller()
        let probe = ProbeSink()
        _ = await caller.deliver(notification, to: probe)
        let signing = CapturingNotificationSink(
            key: try WebhookKeys.load().apoPrivate, inner: probe, logger: Logger(label: "test"))
        let outcome = await caller.deliver(notification, to: signing)
        #expect(outcome == .acknowledged)
        #expect(probe.ranOnCaller.withLock { $0 } == [true, false])
    }
}
