import HummingbirdCore
import Logging
import Synchronization

/// Holds the connections served at once to `ConnectionLimits.maxConnections`. Each accepted connection asks to be
/// admitted when its channel is set up (`admit`), and gives its place back when it goes (`release`); at the limit Hummingbird
/// stops accepting (the rest wait in the listen backlog), and a connection accepted beyond it in the same burst is
/// answered `503 Service Unavailable` and closed. The log says so once each time the limit is reached, naming the
/// flag that raises it.
///
/// Admission is counted here rather than in Hummingbird's accept counter: that one counts a connection before its
/// channel is set up, and channels are set up on several event loops in no fixed order, so "the newest beyond the
/// limit" cannot be told from it.
final class ConnectionCounter: Sendable {
    let maximum: Int
    private let logger: Logger
    private let state = Mutex((admitted: 0, atLimit: false))

    init(maximum: Int, logger: Logger) {
        self.maximum = maximum
        self.logger = logger
    }

    /// Takes a place for a connection just accepted; false when every place is taken.
    func admit() -> Bool {
        let (admitted, reached) = state.withLock { state -> (Bool, Int?) in
            guard state.admitted < maximum else { return (false, nil) }
            state.admitted += 1
            guard state.admitted == maximum, !state.atLimit else { return (true, nil) }
            state.atLimit = true
            return (true, state.admitted)
        }
        if let open = reached {
            let text =
                "connection limit reached: \(open) connections open (--max-connections \(maximum)); new connections "
                + "wait until one closes (idle ones close after --idle-timeout)"
            logger.warning("\(text)")
        }
        return admitted
    }

    /// Gives back the place of an admitted connection that closed.
    func release() {
        let reopened = state.withLock { state -> Int? in
            state.admitted -= 1
            guard state.atLimit, state.admitted < maximum else { return nil }
            state.atLimit = false
            return state.admitted
        }
        if let open = reopened {
            logger.info("accepting connections again: \(open) open (--max-connections \(maximum))")
        }
    }

    fileprivate var hasRoom: Bool { state.withLock { $0.admitted < maximum } }

    /// Hummingbird's view of the counter: it reads the next connection from the backlog only while there is room.
    var delegate: some AvailableConnectionsDelegate { Delegate(counter: self) }

    private struct Delegate: AvailableConnectionsDelegate {
        let counter: ConnectionCounter
        // Places are taken and given back by the channels themselves (`admit`, `release`).
        mutating func connectionOpened() {}
        mutating func connectionClosed() {}
        func isAcceptingNewConnections() -> Bool { counter.hasRoom }
    }
}
