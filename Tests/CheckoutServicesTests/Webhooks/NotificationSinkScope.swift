import CheckoutServices

/// Runs `body` with a new sink and always shuts its HTTP client down, even when the test fails.
func withNotificationSink<Value: Sendable>(
    signingKey: SigningKey, timeout: Duration = HTTPNotificationSink.defaultTimeout,
    _ body: (HTTPNotificationSink) async throws -> Value
) async throws -> Value {
    let sink = HTTPNotificationSink(signingKey: signingKey, timeout: timeout)
    do {
        let value = try await body(sink)
        try await sink.shutdown()
        return value
    } catch {
        try? await sink.shutdown()
        throw error
    }
}
