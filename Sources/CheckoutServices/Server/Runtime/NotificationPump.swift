import CheckoutDomain
import ServiceLifecycle

/// Runs the mocks' notification outboxes: every `interval`, or at once when `doorbell` rings (a clock move), it
/// claims what is due from each mock and hands it to the `DeliveryScheduler`, which posts without waiting for
/// earlier attempts to end; until shutdown, when attempts in flight are abandoned (they stay pending on disk).
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
                for (_, apo) in mocks.all {
                    await scheduler.enqueue(await apo.takeDueNotifications(), from: apo)
                }
            }
            await scheduler.cancelAll()
        }
    }
}
