import CheckoutDomain
import ServiceLifecycle

/// Runs the mocks' notification outboxes: every `interval`, or at once when `doorbell` rings (a clock move, or the
/// scheduler half empty), it claims what is due from each mock, as much as the `DeliveryScheduler` has room for
/// (each mock a share of it), and hands it over; the scheduler posts without waiting for earlier attempts to end.
/// Until shutdown, when attempts in flight are abandoned (they stay pending on disk).
///
/// The mock settles time lazily and never starts work by itself (see `MockAPO`), so something must tick.
struct NotificationPump: Service {
    let mocks: MerchantMocks
    let interval: Duration
    let doorbell: Doorbell
    let scheduler: DeliveryScheduler

    func run() async {
        await cancelWhenGracefulShutdown { [mocks, interval, doorbell, scheduler] in
            while !Task.isCancelled {
                await doorbell.wait(atMost: interval)
                if Task.isCancelled { break }
                let all = mocks.all
                for (index, (_, apo)) in all.enumerated() {
                    let others = all.count - index
                    let share = (await scheduler.room + others - 1) / others
                    guard share > 0 else { continue }
                    await scheduler.enqueue(await apo.takeDueNotifications(limit: share), from: apo)
                }
            }
            await scheduler.cancelAll()
        }
    }
}
