import NIOCore
import Testing

/// How long a server test waits for something to happen; it goes on as soon as it does. The full run shares two
/// cores between ~840 tests, and there an answer or a notification has come 20 s or more late.
enum Patience {
    static let duration = Duration.seconds(90)
    /// The same, for AsyncHTTPClient's `execute(_:timeout:)`.
    static let timeAmount = TimeAmount.seconds(90)

    /// Polls `condition` until it holds; records an issue if it has not within `duration`.
    static func waitUntil(
        _ condition: @Sendable () async -> Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let deadline = ContinuousClock.now + duration
        while !(await condition()) {
            guard ContinuousClock.now < deadline else {
                Issue.record("the condition did not hold within \(duration)", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
