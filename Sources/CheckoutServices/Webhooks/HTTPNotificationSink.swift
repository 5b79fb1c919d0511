import AsyncHTTPClient
import CheckoutDomain
import Foundation
import NIOCore
import NIOHTTP1

/// Posts the mock APO's notifications to merchants over HTTP(S), signed with the APO's private key exactly as
/// Antom signs them, and reports what came back; `MockAPO` decides ack or retry. An attempt already signed to be
/// listed (`SignedNotification`) is posted with that signature rather than signed again.
///
/// It owns an `HTTPClient`: call `shutdown()` when the server stops. Each attempt is one try, without redirects
/// or connection retries, bounded by `timeout` from connect to the last body byte: the retry schedule belongs
/// to the APO.
public final class HTTPNotificationSink: PresignedNotificationSink {
    /// Antom does not publish its timeout (see `NotificationSchedule.timeout`).
    public static let defaultTimeout: Duration = .seconds(NotificationSchedule.timeout)
    /// Only the first bytes of an answer matter (the acknowledgement is 79 bytes; MockAPO keeps 1,024 characters).
    static let maximumResponseBytes = 64 * 1024

    private let signingKey: SigningKey
    private let keyVersion: String
    private let timeout: Duration
    private let client: HTTPClient

    /// - Parameters:
    ///   - signingKey: the APO's private key (the merchant verifies with the matching public key).
    ///   - timeout: how long one attempt may take.
    public init(
        signingKey: SigningKey, keyVersion: String = "1", timeout: Duration = HTTPNotificationSink.defaultTimeout
    ) {
        self.signingKey = signingKey
        self.keyVersion = keyVersion
        self.timeout = timeout
        let limit = TimeAmount.nanoseconds(
            timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
        // The attempt's own timer (in `post`) bounds the whole attempt; AsyncHTTPClient's timeouts are a backstop at
        // or past it. On a loaded machine either may be noticed first, so both read as the same timeout.
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: limit, read: limit + limit))
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// A backlog (after a restart, or under load) goes out this many at a time; each attempt stays one request.
    public var concurrentDeliveries: Int { 16 }

    /// Closes the connections; call once, when no delivery is in progress.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// On the pool, never on its caller's executor (`NotificationSink.deliver`): it signs, then posts.
    @concurrent public func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        await post(notification) { [signingKey, keyVersion] target throws(SigningError) in
            try SignedRequest.signRequest(
                method: "POST", path: target.signedPath, clientId: notification.clientId,
                requestTime: Self.requestTime(notification.requestTime), body: notification.body, key: signingKey,
                keyVersion: keyVersion)
        }
    }

    public func deliver(_ notification: OutboundNotification, signedAs signed: SignedNotification) async -> DeliveryOutcome {
        await post(notification) { _ in signed.headers }
    }

    /// Posts `notification` with the headers `sign` gives for its target.
    private func post(
        _ notification: OutboundNotification, signed sign: (NotifyTarget) throws(SigningError) -> [SignedRequest.Header]
    ) async -> DeliveryOutcome {
        guard let target = NotifyTarget(notification.url) else {
            return .transportFailure("not sent: \(Self.quoted(notification.url)) is not an http(s) URL with a host")
        }
        let headers: [SignedRequest.Header]
        do {
            headers = try sign(target)
        } catch {
            return .transportFailure("not sent: \(error.description)")
        }
        var request = HTTPClientRequest(url: target.url.absoluteString)
        request.method = .POST
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: notification.body))
        return await post(request)
    }

    /// Runs the POST against the clock: whichever ends first, the exchange or `timeout`, decides the outcome,
    /// which carries the time it took.
    private func post(_ request: HTTPClientRequest) async -> DeliveryOutcome {
        let client = client
        let timeout = timeout
        let started = ContinuousClock.now
        let outcome = await withTaskGroup(of: DeliveryOutcome?.self) { group in
            group.addTask { await Self.exchange(request, client: client, timeout: timeout) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return Task.isCancelled ? nil : .noAnswer(.timedOut(seconds: Self.seconds(timeout)))
            }
            defer { group.cancelAll() }
            while let outcome = await group.next() {
                if let outcome { return outcome }
            }
            return .transportFailure("delivery was cancelled")
        }
        return outcome.measured(Self.seconds(ContinuousClock.now - started))
    }

    /// Nil when cancelled because the timeout won.
    private static func exchange(_ request: HTTPClientRequest, client: HTTPClient, timeout: Duration) async
        -> DeliveryOutcome?
    {
        do {
            // No deadline of the client's own: the race in `post` bounds the whole attempt, body included.
            let response = try await client.execute(request, deadline: .distantFuture)
            var body = Data()
            for try await chunk in response.body {
                body.append(contentsOf: chunk.readableBytesView.prefix(maximumResponseBytes - body.count))
                if body.count >= maximumResponseBytes { break }
            }
            return .response(status: Int(response.status.code), body: body)
        } catch {
            return Task.isCancelled ? nil : .noAnswer(TransportErrorText.describe(error, timeout: seconds(timeout)))
        }
    }

    /// ISO 8601, as in JAVA `WebhookTool`'s sample (`2019-01-01T01:01:01Z`) and in the `SignedNotification`s the
    /// server lists, so a listed signature is byte-identical to the one posted.
    private static func requestTime(_ date: Date) -> RequestTime {
        RequestTime(date: date, format: .iso8601)
    }

    private static func quoted(_ url: String) -> String {
        url.count > 200 ? "\"\(url.prefix(200))…\"" : "\"\(url)\""
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
