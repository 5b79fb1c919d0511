import CheckoutDomain
import Foundation
import Synchronization

/// Collects a recording's events as keys arrive; card-number digits are held back and written as a test-card
/// reference when the buyer moves on, so no card number is ever stored.
public final class RecordingLog: Sendable {
    private struct State {
        var events: [RecordedEvent] = []
        var cardDigits = ""
        var cardTimes: [Int] = []
    }

    private let state = Mutex(State())
    private let testCards: SandboxTestCards

    public init(testCards: SandboxTestCards) {
        self.testCards = testCards
    }

    /// Records `key` at `milliseconds`; `intoCardNumber` says the card-number field has the cursor.
    public func append(_ key: Key, at milliseconds: Int, intoCardNumber: Bool) {
        state.withLock { state in
            if intoCardNumber, case .character(let character) = key, character.isASCII, character.isNumber {
                state.cardDigits.append(character)
                state.cardTimes.append(milliseconds)
                return
            }
            flush(&state)
            state.events.append(RecordedEvent(at: milliseconds, key: key.name))
        }
    }

    /// Every event so far, pending card digits included.
    public var events: [RecordedEvent] {
        state.withLock { state in
            flush(&state)
            return state.events
        }
    }

    private func flush(_ state: inout State) {
        guard !state.cardDigits.isEmpty else { return }
        if let card = testCards.numbers.first(where: { $0.digits == state.cardDigits }) {
            state.events.append(RecordedEvent(testCard: "…" + card.lastFour, times: state.cardTimes))
        } else {
            // Not a sandbox card: keep the timing, never the digits. Zeros fail the page's check on replay.
            state.events += state.cardTimes.map { RecordedEvent(at: $0, key: "0") }
        }
        state.cardDigits = ""
        state.cardTimes = []
    }
}
