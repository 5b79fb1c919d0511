import AsyncHTTPClient
import CheckoutDomain
import Foundation

/// Reads what a served mock has posted to merchants (`GET /sim/v1/notifications`), so a TUI running against
/// `checkout-tui serve` can show notification attempts and acknowledgements in its timeline.
public struct SimulatorNotificationsClient: Sendable {
    public let baseURL: String
    private let exchange: HTTPExchange

    /// `httpClient` is shared with the caller, who shuts it down after the last call.
    public init(baseURL: String, httpClient: HTTPClient, timeout: Duration = .seconds(10)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        exchange = HTTPExchange(client: httpClient, timeout: timeout, maximumResponseBytes: 4 << 20)
    }

    /// Every attempt the server has made for `paymentRequestId` (or for all payments), oldest first.
    public func list(paymentRequestId: String?) async throws(APOClientError) -> [SignedNotification] {
        var components = URLComponents(string: baseURL + BuyerPaths.notifications)
        if let paymentRequestId { components?.queryItems = [URLQueryItem(name: "paymentRequestId", value: paymentRequestId)] }
        let url = components?.string ?? baseURL + BuyerPaths.notifications
        let received = try await exchange.get(api: "notifications", url: url)
        guard received.status == 200 else {
            throw .badResponse(api: "notifications", reason: "HTTP \(received.status)")
        }
        do {
            return try WireCoding.decode([SignedNotification].self, from: received.body)
        } catch {
            throw .badResponse(api: "notifications", reason: "the body cannot be read: \(error.description)")
        }
    }

    /// Whether `baseURL` is a `checkout-tui serve` (it lists notifications) rather than Antom's gateway.
    public func isSimulator() async -> Bool {
        (try? await list(paymentRequestId: "probe")) != nil
    }
}
