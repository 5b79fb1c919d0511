import ServiceLifecycle

/// A `MerchantWebhookServer` that listens: where, and the task serving until it is stopped or fails.
public struct RunningWebhookServer: Sendable {
    public let address: ServerAddress
    /// The receiver's route, `/payment/receiveNotify` unless it was given another.
    public let path: String
    let task: Task<Void, any Error>
    let group: ServiceGroup

    /// The `paymentNotifyUrl` that reaches it.
    public var notifyURL: String { address.baseURL + path }

    /// Waits until the server stops, stopping it if the waiting task is cancelled: nil for a normal stop, else
    /// what stopped it.
    public func stopped() async -> MockAPOServerError? {
        await withTaskCancellationHandler {
            switch await task.result {
            case .success: nil
            case .failure(let error): error as? MockAPOServerError ?? .failed("\(error)")
            }
        } onCancel: {
            stop()
        }
    }

    /// Stops accepting connections and ends once the requests in flight are answered; returns at once.
    public func stop() {
        Task { [group] in await group.triggerGracefulShutdown() }
    }
}
