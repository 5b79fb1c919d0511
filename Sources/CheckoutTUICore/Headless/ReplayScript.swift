import CheckoutDomain
import Foundation

/// A recording turned into what the replay does, in time order: a key at its time, and a tick every
/// `tickMilliseconds` between keys, as the live run ticked while waiting for input.
public struct ReplayScript: Sendable {
    /// The live terminal run ticks ten times a second.
    public static let tickMilliseconds = 100

    /// One thing the replay does at `at` milliseconds after the start.
    public enum Action: Equatable, Sendable {
        case tick(at: Int)
        case key(at: Int, Key)

        public var at: Int {
            switch self {
            case .tick(let at), .key(let at, _): at
            }
        }
    }

    public let actions: [Action]

    /// Resolves key names and test-card references; errors name the event (1-based).
    public init(recording: Recording, source: String, testCards: SandboxTestCards) throws(RecordingError) {
        guard recording.version == Recording.currentVersion else {
            throw RecordingError(
                source: source, problem: "version \(recording.version) is not supported (expected \(Recording.currentVersion))")
        }
        var keys: [(Int, Key)] = []
        for (offset, event) in recording.events.enumerated() {
            let number = offset + 1
            if let name = event.key {
                do {
                    keys.append((event.at, try Key(name: name)))
                } catch {
                    throw RecordingError(source: source, problem: "event \(number): \(error.description)")
                }
            } else if let reference = event.testCard, let times = event.times {
                let lastFour = String(reference.filter(\.isNumber).suffix(4))
                guard let card = testCards.numbers.first(where: { $0.lastFour == lastFour }) else {
                    throw RecordingError(
                        source: source, problem: "event \(number): \(reference) is not one of Antom's sandbox test cards")
                }
                guard times.count == card.digits.count else {
                    throw RecordingError(
                        source: source,
                        problem: "event \(number): \(reference) has \(card.digits.count) digits but \(times.count) times")
                }
                keys += zip(times, card.digits).map { ($0, Key.character($1)) }
            } else if let field = event.masked, let times = event.times, !times.isEmpty {
                // The page is given digits that mean what the buyer's did: any CVV of that length, an expiry
                // that is valid, past or out of range as it was.
                let digits: String
                switch (field, event.expiry) {
                case (.cvv, _): digits = String(repeating: "0", count: times.count)
                case (.expiry, let meaning?):
                    digits = meaning.digits(count: times.count, at: ISOTimestamp.parse(recording.startedAt) ?? Date())
                default:
                    throw RecordingError(
                        source: source, problem: "event \(number): masked \(field.rawValue) is not a cvv, or an expiry with its meaning")
                }
                keys += zip(times, digits).map { ($0, Key.character($1)) }
            } else {
                throw RecordingError(
                    source: source,
                    problem: "event \(number): needs \"key\", \"testCard\" with \"times\", or \"masked\" with \"times\"")
            }
        }
        var actions: [Action] = []
        var now = 0
        for (at, key) in keys {
            while now + Self.tickMilliseconds <= at {
                now += Self.tickMilliseconds
                actions.append(.tick(at: now))
            }
            actions.append(.key(at: max(at, now), key))
        }
        // A last second of ticks lets the answers to the final key show, as they did on screen.
        for _ in 0..<(1000 / Self.tickMilliseconds) {
            now += Self.tickMilliseconds
            actions.append(.tick(at: now))
        }
        self.actions = actions
    }
}

/// A recording that cannot be replayed, naming the file and the event.
public struct RecordingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let source: String
    public let problem: String

    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source): \(problem)" }
}
