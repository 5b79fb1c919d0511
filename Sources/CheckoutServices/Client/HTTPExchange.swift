import AsyncHTTPClient
import CheckoutDomain
import Foundation
import NIOCore
import NIOHTTP1

/// One POST over a shared AsyncHTTPClient, bounded in time and size, with transport failures turned into
/// `APOClientError`s that name the API.
struct HTTPExchange: Sendable {
    /// What came back: status, headers and the whole body.
    struct Received: Sendable {
        let status: Int
        let headers: HTTPHeaders
        let body: Data

        /// The header's value, `nil` when absent or empty (names compare case-insensitively).
        func header(_ name: String) -> String? {
            headers.first(name: name).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    let client: HTTPClient
    /// The whole exchange, answer body included, must finish within this.
    let timeout: Duration
    let maximumResponseBytes: Int

    func post(api: String, url: String, headers: [(String, String)], body: Data) async throws(APOClientError)
        -> Received
    {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        return try await send(request, api: api)
    }

    func get(api: String, url: String, headers: [(String, String)] = []) async throws(APOClientError) -> Received {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        return try await send(request, api: api)
    }

    private func send(_ request: HTTPClientRequest, api: String) async throws(APOClientError) -> Received {
        let outcome = await race(request)
        switch outcome {
        case .success(let received): return received
        case .failure(let error): throw Self.classify(error, api: api, timeout: timeout)
        }
    }

    /// Races the exchange against the clock: AHC's deadline covers the response head, not the streamed body.
    private func race(_ request: HTTPClientRequest) async -> Result<Received, any Error> {
        let (client, timeout, limit) = (client, timeout, maximumResponseBytes)
        do {
            return .success(
                try await withThrowingTaskGroup(of: Received.self) { group in
                    group.addTask {
                        let response = try await client.execute(request, deadline: .now() + TimeAmount(timeout))
                        let body = try await response.body.collect(upTo: limit)
                        return Received(
                            status: Int(response.status.code), headers: response.headers,
                            body: Data(body.readableBytesView))
                    }
                    group.addTask {
                        try await Task.sleep(for: timeout)
                        throw HTTPClientError.deadlineExceeded
                    }
                    defer { group.cancelAll() }
                    guard let first = try await group.next() else { throw HTTPClientError.cancelled }
                    return first
                })
        } catch {
            return .failure(error)
        }
    }

    static func classify(_ error: any Error, api: String, timeout: Duration) -> APOClientError {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout:
                return .timeout(api: api, seconds: seconds)
            case .remoteConnectionClosed:
                return .unreachable(api: api, reason: "the connection closed before an answer arrived")
            default:
                break
            }
        }
        if error is NIOTooManyBytesError {
            return .badResponse(api: api, reason: "the answer's body is larger than the limit")
        }
        if error is CancellationError {
            return .unreachable(api: api, reason: "the call was cancelled")
        }
        return .unreachable(api: api, reason: Self.describe(error))
    }

    /// "connection refused (127.0.0.1:8480)" rather than NIO's type dump, where the error says so.
    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("connection refused") { return "connection refused (\(text))" }
        return text
    }
}
