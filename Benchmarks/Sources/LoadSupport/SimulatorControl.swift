import AsyncHTTPClient
import CheckoutServices

/// `checkout-tui serve`'s simulation controls as the load generator uses them between phases, through the
/// simulator's own control client.
public struct SimulatorControl: Sendable {
    public let baseURL: String

    public init(baseURL: String) {
        self.baseURL = baseURL
    }

    /// Moves the server's clock on by `seconds`, so that every retry due within them is due now.
    public func moveClock(seconds: Int) async throws(LoadError) {
        try await withClient(.controlClock) { client throws(SimulatorControlError) in
            _ = try await client.advanceClock(by: Double(seconds))
        }
    }

    /// Returns once no notification waits in the server's outbox (twice in a row, 100 ms apart, so one in flight
    /// between the two reads is seen through), or throws after `patience`. The payments of a warm-up leave one
    /// notification each, which the server signs and delivers in the next second: a timed phase started before that
    /// would measure their RSA signatures too.
    public func waitForEmptyOutbox(patience: Duration = .seconds(60)) async throws(LoadError) {
        let deadline = ContinuousClock.now + patience
        var emptyReads = 0
        while emptyReads < 2 {
            guard ContinuousClock.now < deadline else { throw .outboxNotEmpty(patience) }
            let waiting = try await withClient(.controlState) { client throws(SimulatorControlError) in
                try await client.state().state?.nextNotificationAt != nil
            }
            emptyReads = waiting ? 0 : emptyReads + 1
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    private func withClient<T: Sendable>(
        _ route: SimulatorRoute, _ call: (SimulatorControlClient) async throws(SimulatorControlError) -> T
    ) async throws(LoadError) -> T {
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let outcome: Result<T, LoadError>
        do {
            outcome = .success(try await call(SimulatorControlClient(baseURL: baseURL, httpClient: http)))
        } catch {
            outcome = .failure(.control(route.path, error.description))
        }
        try? await http.shutdown()
        return try outcome.get()
    }
}
