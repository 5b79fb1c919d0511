import HummingbirdCore
import Logging
import Synchronization

/// Counts the connections open and holds them to `ConnectionLimits.maxConnections`: Hummingbird stops accepting at
/// the limit (the rest wait in the listen backlog), and a connection accepted beyond it in the same burst is
/// answered `503 Service Unavailable` and closed. The log says so once each time the limit is reached, naming the
/// flag that raises it.
final class ConnectionCounter: Sendable {
    let maximum: Int
    private let logger: Logger
    private let state = Mutex((open: 0, atLimit: false))

    init(maximum: Int, logger: Logger) {
        self.maximum = maximum
        self.logger = logger
    }

    /// Whether the connection just opened fits under the limit.
    var admitsNewest: Bool { state.withLock { $0.open <= maximum } }

    fileprivate func opened() {
        let reached = state.withLock { state -> Int? in
            state.open += 1
            guard state.open >= maximum, !state.atLimit else { return nil }
            state.atLimit = true
            return state.open
        }
        if let open = reached {
            let text =
                "connection limit reached: \(open) connections open (--max-connections \(maximum)); new connections "
                + "wait until one closes (idle ones close after --idle-timeout)"
            logger.warning("\(text)")
        }
    }

    fileprivate func closed() {
        let released = state.withLock { state -> Int? in
            state.open -= 1
            guard state.atLimit, state.open < maximum else { return nil }
            state.atLimit = false
            return state.open
        }
        if let open = released {
            logger.info("accepting connections again: \(open) open (--max-connections \(maximum))")
        }
    }

    fileprivate var isBelowLimit: Bool { state.withLock { $0.open < maximum } }

    /// Hummingbird's view of the counter.
    var delegate: some AvailableConnectionsDelegate { Delegate(counter: self) }

    private struct Delegate: AvailableConnectionsDelegate {
        let counter: ConnectionCounter
        mutating func connectionOpened() { counter.opened() }
        mutating func connectionClosed() { counter.closed() }
        func isAcceptingNewConnections() -> Bool { counter.isBelowLimit }
    }
}
