import CheckoutDomain
import ServiceLifecycle

/// Runs the mock's notification outbox: calls `deliverDueNotifications()` every `interval` until shutdown.
///
/// The mock settles time lazily and never starts work by itself (see `MockAPO`), so something must tick.
struct NotificationPump: Service {
    let handle: MockAPOHandle
    let interval: Duration

    func run() async {
        await cancelWhenGracefulShutdown { [handle, interval] in
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                if let apo = handle.apo {
                    _ = await apo.deliverDueNotifications()
                }
            }
        }
    }
}
