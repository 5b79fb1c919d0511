import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// The program loop with a scripted terminal under awkward input: resizes, tiny screens, unknown keys, clicks.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct LoopRobustnessTests {
    /// Every frame is exactly the size the terminal had when it was drawn.
    private func expectFramesFit(_ run: AppRun, sizes: [Size], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.frames.map(\.size) == sizes, sourceLocation: sourceLocation)
    }

    @Test("a resize mid-form keeps what was typed, redraws at the new size and typing goes on")
    func resizeMidForm() async throws {
        let script =
            Script.openCardForm + Script.text("4054") + Script.keys("Resize(60x18)") + Script.text("6957")
            + Script.keys("Resize(130x45)")
        let run = try await AppHarness("sg-card-first-payment").run(script)
        #expect(run.state.page.draft?.cardNumber.count == 8)
        #expect(run.state.cursor == .field(.cardNumber))
        #expect(run.state.size == Size(width: 130, height: 45))
        #expect(run.last.size == Size(width: 130, height: 45))
        #expect(run.lastText.contains("4054 6957"))
        let afterFirstResize = run.frames.firstIndex { $0.size == Size(width: 60, height: 18) }
        let small = try #require(afterFirstResize.map { run.frames[$0] })
        #expect(small.textLines().joined().contains("Card number"))
    }

    @Test("20×5: a clear too-small message at every frame, q still quits, and it recovers when enlarged")
    func tinyTerminal() async throws {
        let tiny = Size(width: 20, height: 5)
        let run = try await AppHarness("sg-card-first-payment").run(Script.keys("Down", "Enter", "x", "Tab"), size: tiny)
        expectFramesFit(run, sizes: Array(repeating: tiny, count: run.frames.count))
        for frame in run.frames { #expect(frame.textLines().joined(separator: " ").contains("Terminal too")) }
        #expect(run.state.page.selection == nil)
        #expect(try await AppHarness("sg-card-first-payment").run(Script.keys("q"), size: tiny).state.isFinished)
        let grown = try await AppHarness("sg-card-first-payment").run(Script.keys("Resize(80x24)", "Down"), size: tiny)
        #expect(grown.lastText.contains("Express checkout"))
        #expect(grown.state.cursor == .option(.method("ALIPAY_CN")))
    }

    @Test("unknown keys, function keys and stray controls change nothing")
    func unknownKeys() async throws {
        let script = Script.keys("Unknown", "F5", "C-x", "Home", "Delete", "Left", "Right", "PPage", "NPage", "Unknown")
        let before = try await AppHarness("sg-card-first-payment").run([])
        let after = try await AppHarness("sg-card-first-payment").run(script)
        #expect(after.state.page == before.state.page)
        #expect(after.state.stage == .checkout)
        #expect(!after.state.isFinished)
        #expect(after.state.timeline.entries.count == before.state.timeline.entries.count)
    }

    @Test("a card number shows whole only in its own field under the cursor: masked elsewhere, never in the timeline")
    func cardNumberNeverLeaks() async throws {
        let run = try await AppHarness("sg-card-first-payment").run(Script.payByCard(saveCard: true))
        let grouped = "4054 6957 2310 0768"
        let typedUntil = try #require(run.frames.lastIndex { $0.textLines().joined().contains(grouped) })
        for frame in run.frames[(typedUntil + 1)...] {
            let text = frame.textLines().joined(separator: "\n")
            #expect(!text.contains(grouped) && !text.contains(AppHarness.visa))
        }
        for entry in run.state.timeline.entries {
            let text = [entry.title, entry.summary, entry.detail ?? ""].joined(separator: " ")
            #expect(!text.contains(AppHarness.visa) && !text.contains(grouped))
        }
        let transcript = run.state.timeline.transcript(timeZone: TimeZone(identifier: "UTC") ?? .current).joined()
        #expect(!transcript.contains(AppHarness.visa))
    }

    @Test("a command's description never shows the card number or CVV")
    func commandsAreRedacted() {
        let submission = PaymentSubmission(
            paymentSessionId: "S1", paymentMethodType: "CARD",
            card: CardDetails(number: CardNumber(AppHarness.visa), expiry: CardExpiry(month: 12, year: 2030), cvv: "987", holderName: "A B"))
        let text = "\(AppCommand.sequence([.page(.submitPayment(submission))])) \(String(reflecting: AppCommand.page(.submitPayment(submission))))"
        #expect(!text.contains(AppHarness.visa))
        #expect(!text.contains("987"))
        #expect(text.contains("************0768"))
    }

    @Test("clicks choose rows, focus fields and press buttons through the hit map")
    func mouseClicks() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let first = await harness.run([])
        let rowY = try #require(first.last.textLines().firstIndex { $0.contains("Card") && $0.contains("CARD") })
        let chosen = try await AppHarness("sg-card-first-payment").run(Script.keys("Click(10,\(rowY))"))
        #expect(chosen.state.page.selection == .method("CARD"))
        #expect(chosen.state.cursor == .field(.cardNumber))
        let leaveY = try #require(first.last.textLines().firstIndex { $0.contains("[ Leave ]") })
        let leaveX = try #require(first.last.textLines()[leaveY].range(of: "[ Leave ]")).lowerBound.utf16Offset(in: first.last.textLines()[leaveY])
        let left = try await AppHarness("sg-card-first-payment").run(Script.keys("Click(\(leaveX + 2),\(leaveY))"))
        #expect(left.state.stage == .pageLeft)
        let nowhere = try await AppHarness("sg-card-first-payment").run(Script.keys("Click(0,0)", "Release(79,23)", "WheelUp(3,3)"))
        #expect(nowhere.state.page == first.state.page)
    }

    @Test("ticks fire the page's timers from the injected clock: the session expires while the page is open")
    func ticksFireTimers() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let clock = harness.clock
        // The tick after the clock passes the session's one-hour expiry fires the page's timer.
        let script: [ScriptStep] = Script.tick + [.key(.unknown)]
        let program = Program(
            model: CheckoutApp(environment: harness.environment, size: Size(width: 80, height: 24)),
            backend: ScriptedBackend(size: Size(width: 80, height: 24), script: script)
        ) { [runner = harness.runner] command in
            let messages = await runner.perform(command)
            if case .page(.loadSession) = command { clock.advance(by: 3_601) }
            return messages
        }
        let app = await program.runHeadless()
        #expect(app.state.timeline.entries.last { $0.source == .sdk }?.title == "SDK_CREATEPAYMENT_PARAMETER_ERROR")
        guard case .failed(.sessionExpired) = app.state.page.phase else {
            Issue.record("expected an expired session, got \(app.state.page.phase)")
            return
        }
    }
}
