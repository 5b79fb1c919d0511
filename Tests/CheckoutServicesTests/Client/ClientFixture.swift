import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation

/// An `HTTPAPOClient` and `HTTPCheckoutPageService` on one shared AsyncHTTPClient, shut down after the test.
struct ClientFixture {
    let server: ServerFixture

    init() throws {
        server = try ServerFixture()
    }

    func configuration(port: Int, clientId: String = ServerFixture.clientId, timeout: Duration = Patience.duration)
        -> HTTPAPOClientConfiguration
    {
        HTTPAPOClientConfiguration(
            gatewayURL: "http://127.0.0.1:\(port)", clientId: clientId, merchantPrivateKey: server.merchantKey,
            apoPublicKey: server.apoPublicKey, timeout: timeout)
    }

    /// Runs `body` with a fresh shared HTTP client and shuts it down afterwards, whatever happens.
    func withHTTPClient<T: Sendable>(_ body: (HTTPClient) async throws -> T) async throws -> T {
        let client = GatewayHTTPClient.make()
        do {
            let value = try await body(client)
            try await client.shutdown()
            return value
        } catch {
            try await client.shutdown()
            throw error
        }
    }
}
