import CheckoutDomain
import Foundation
import Synchronization

/// Collects a recording's events as keys arrive. Digits typed into the card's secret fields are held back and
/// written without their values when the buyer moves on: the card number as a test-card reference, the CVV as
/// its length, the expiry as what it meant to the page (valid, month out of range, past), so no card data is
/// ever stored.
public final class RecordingLog: Sendable {
    private struct State {
        var events: [RecordedEvent] = []
        var field: FormField?
        var digits = ""
        var times: [Int] = []
    }

    /// The fields whose digits are never stored.
    static let secretFields: Set<FormField> = [.cardNumber, .expiry, .cvv]

    private let state = Mutex(State())
    private let testCards: SandboxTestCards
    /// The run's start: what "past" means for a typed expiry.
    private let startedAt: Date

    public init(testCards: SandboxTestCards, startedAt: Date = SimulatedCheckout.defaultStart) {
        self.testCards = testCards
        self.startedAt = startedAt
    }

    /// Records `key` at `milliseconds`; `typingInto` is the form field that has the cursor, if any.
    public func append(_ key: Key, at milliseconds: Int, typingInto field: FormField?) {
        state.withLock { state in
            if let field, Self.secretFields.contains(field), case .character(let character) = key, character.isASCII,
                character.isNumber
            {
                if state.field != field { flush(&state) }
                state.field = field
                state.digits.append(character)
                state.times.append(milliseconds)
                return
            }
            flush(&state)
            state.events.append(RecordedEvent(at: milliseconds, key: key.name))
        }
    }

    /// Every event so far, pending digits included.
    public var events: [RecordedEvent] {
        state.withLock { state in
            flush(&state)
            return state.events
        }
    }

    private func flush(_ state: inout State) {
        defer { (state.field, state.digits, state.times) = (nil, "", []) }
        guard let field = state.field, !state.digits.isEmpty else { return }
        switch field {
        case .cardNumber:
            if let card = testCards.numbers.first(where: { $0.digits == state.digits }) {
                state.events.append(RecordedEvent(testCard: "…" + card.lastFour, times: state.times))
            } else {
                // Not a sandbox card: keep the timing, never the digits. Zeros fail the page's check on replay.
                state.events += state.times.map { RecordedEvent(at: $0, key: "0") }
            }
        case .cvv:
            state.events.append(RecordedEvent(masked: .cvv, times: state.times))
        default:
            state.events.append(RecordedEvent(masked: .expiry(ExpiryMeaning(typed: state.digits, at: startedAt)), times: state.times))
        }
    }
}
