import CheckoutDomain
import CheckoutTUICore
import Synchronization
import Testing

/// The explain knowledge base is read when something first needs it, not before the first frame, and only once.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct ExplainLoadingTests {
    /// Counts the reads of a knowledge base.
    final class Reads: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }

        /// The bundled knowledge base, counted.
        func source() -> DeferredExplainer {
            DeferredExplainer { [self] in
                count.withLock { $0 += 1 }
                return try? Explainer.bundled(locale: "en_US")
            }
        }
    }

    @Test("a session that never opens the pane never reads the knowledge base")
    func notReadWithoutThePane() async throws {
        let reads = Reads()
        var harness = try InteractiveHarness("sg-card-first-payment")
        harness.environment.explainSource = reads.source()
        let run = await harness.run(Script.keys("Down", "Up"))
        #expect(run.frames.count > 1)
        #expect(!run.state.timeline.entries.isEmpty)
        #expect(reads.value == 0)
    }

    @Test("opening the pane reads it once, and the pane explains with it")
    func readOnceWhenThePaneOpens() async throws {
        let reads = Reads()
        var harness = try InteractiveHarness("sg-card-first-payment")
        harness.environment.explainSource = reads.source()
        // Open, close and open again, then back to the oldest entry: the session's createPaymentSession call, which
        // the knowledge base covers (the newest at start is a step of the merchant's page, which it does not).
        let script = Script.keys("e", "e", "e", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage")
        let run = await harness.run(script, size: ExplainModeTests.large)
        #expect(reads.value == 1)
        #expect(run.state.explaining)
        #expect(run.lastText.contains("Explain ·"))
        #expect(run.app.explainedEntry?.topic != nil)
        // The knowledge base's own paragraphs, not only the timeline entry's words.
        let parts = run.app.explainCard?.sections.map(\.part) ?? []
        #expect(parts.contains(.sources))
    }
}
