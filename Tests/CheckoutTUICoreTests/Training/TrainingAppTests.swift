import CheckoutDomain
@testable import CheckoutTUICore
import Foundation
import Testing

/// The training TUI driven by keys as a trainee would: the list, a case's ticket, its questions and feedback, the
/// progress kept, and the explain pane opening on the entry that explains the outcome. Snapshots at 80×24.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct TrainingAppTests {
    /// The app and what `record` received, with every command run to the end before the next key.
    @MainActor
    final class Harness {
        var app: TrainingApp
        let runner: TrainingRunner
        let recorded = RecordedResults()

        init(size: Size = Size(width: 80, height: 24), locale: String? = "en_US") throws {
            let entries = try TrainingLibrary.load()
            app = TrainingApp(entries: entries, progress: TrainingProgress(), locale: locale, size: size)
            let recorded = recorded
            runner = TrainingRunner(testCards: try SandboxTestCards.bundled()) { result in
                await recorded.append(result)
                var progress = TrainingProgress()
                progress.record(result, at: SimulatedCheckout.defaultStart)
                return .progressSaved(progress)
            }
        }

        func press(_ keys: Key...) async {
            for key in keys { await run(app.update(.key(key))) }
        }

        func openCase(_ id: String) async throws {
            let index = try #require(app.entries.firstIndex { $0.id == id })
            for _ in 0..<index { await press(.down) }
            await press(.enter)
        }

        private func run(_ commands: [TrainingCommand]) async {
            var queue = commands
            while !queue.isEmpty {
                for message in await runner.perform(queue.removeFirst()) { queue += app.update(message) }
            }
        }

        var open: TrainingCaseScreen? {
            if case .investigating(let open) = app.screen { return open }
            return nil
        }

        var frame: ScreenBuffer { app.view(size: app.size) }
    }

    actor RecordedResults {
        private(set) var results: [TrainingCaseResult] = []
        func append(_ result: TrainingCaseResult) { results.append(result) }
    }

    @Test("the list, a ticket, a question and feedback at 80×24; the score is kept")
    func walkThrough() async throws {
        let harness = try Harness()
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-list-80x24")
        try await harness.openCase("card-declined-do-not-honor")
        let opened = try #require(harness.open)
        #expect(opened.session.phase == .ticket)
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-ticket-80x24")

        await harness.press(.enter)
        #expect(harness.open?.session.phase == .investigating)
        // The simulator's own keys work while investigating: the full-screen timeline, and back.
        await harness.press(.character("t"))
        #expect(harness.open?.app.state.timelineExpanded == true)
        await harness.press(.character("t"))

        await harness.press(.character("a"))
        #expect(harness.open?.session.phase == .question(0))
        #expect(harness.open?.app.state.timelineExpanded == true)
        // The newest entry is the failed payment itself; one up is the call that answered it.
        await harness.press(.up)
        await harness.press(.enter)
        #expect(harness.open?.session.verdicts.last?.isRight == false)
        #expect(harness.open?.feedback?.rightAnswer.hasPrefix("Right answer: entry 9: SDK SDK_PAYMENT_FAIL") == true)
        await harness.press(.enter)
        #expect(harness.open?.session.phase == .question(1))
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-question-80x24")

        await harness.press(.character("a"))
        #expect(harness.open?.session.verdicts.last?.isRight == false)
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-feedback-80x24")
        await harness.press(.enter)
        await harness.press(.down, .enter)
        #expect(harness.open?.session.verdicts.last?.isRight == true)
        await harness.press(.enter)
        #expect(harness.open?.session.phase == .finished)
        let results = await harness.recorded.results
        #expect(results.map(\.caseID) == ["card-declined-do-not-honor"])
        #expect(results.first.map { ($0.right, $0.total) } ?? (0, 0) == (1, 3))
        #expect(harness.app.progress.cases["card-declined-do-not-honor"]?.bestRight == 1)

        await harness.press(.enter)
        guard case .list = harness.app.screen else { Issue.record("not back on the list"); return }
        await harness.press(.character("q"))
        #expect(harness.app.isFinished)
    }

    @Test("a trainee's explain pane opens on the entry that explains the outcome, not on the latest")
    func explainOpensOnOutcome() async throws {
        let harness = try Harness()
        try await harness.openCase("redirect-is-not-payment")
        let app = try #require(harness.open?.app)
        let entries = app.state.timeline.entries
        let selected = try #require(app.state.timeline.selected)
        #expect(app.state.explaining)
        #expect(selected == app.state.timeline.outcomeIndex)
        // The failed payment's notification, not a routine read.
        #expect(entries[selected].title == "notifyPayment")
        #expect(entries[selected].evidenceFacts.resultStatus == "F")
    }

    @Test("the outcome entry passes over routine reads that follow it, and prefers the newest failure")
    func outcomeSkipsRoutine() {
        let time = SimulatedCheckout.defaultStart
        var timeline = Timeline()
        timeline.append(.call(.api, "createPaymentSession", paymentRequestId: "PAY_1", result: .success, at: time))
        timeline.append(.sdk(SDKEvent(code: .endOfLoading, time: time)))
        timeline.append(.sdk(SDKEvent(
            code: .paymentFail, result: SDKEventResult(paymentResultCode: "DO_NOT_HONOR", resultStatus: "F"), time: time)))
        timeline.append(.call(.api, "inquiryPayment", paymentRequestId: "PAY_1", result: .success, at: time))
        timeline.append(TimelineEntry(time: time, source: .merchant, title: "unmount"))
        #expect(timeline.outcomeIndex == 2)
        timeline.append(.call(.api, "refund", paymentRequestId: "PAY_1", result: .success, at: time))
        // A refund that went through is no failure, and the failed payment stays the outcome.
        #expect(timeline.outcomeIndex == 2)
        #expect(Timeline().outcomeIndex == nil)
    }

    @Test("? shows training's keys and the simulator's; in a text field of the page letters are typed")
    func helpAndTyping() async throws {
        let harness = try Harness(size: Size(width: 100, height: 40))
        await harness.press(.character("?"))
        let help = harness.frame.textLines().joined(separator: "\n")
        #expect(help.contains("answer the next question"), "\(help)")
        await harness.press(.escape)
        #expect(!harness.app.showsHelp)

        try await harness.openCase("session-expired-before-paying")
        await harness.press(.enter)
        #expect(harness.open?.session.phase == .investigating)
        await harness.press(.character("?"))
        let caseHelp = harness.frame.textLines().joined(separator: "\n")
        #expect(caseHelp.contains("answer the next question") && caseHelp.contains("While investigating"), "\(caseHelp)")
        await harness.press(.escape)
        // `q` is training's way back; the simulator's own quit never ends training.
        await harness.press(.character("q"))
        guard case .list = harness.app.screen else { Issue.record("q did not go back to the cases"); return }
        #expect(!harness.app.isFinished)
    }

    @Test("a case whose steps fail is marked broken on the list, and the others still open")
    func brokenOnOpen() async throws {
        let harness = try Harness()
        let index = try #require(harness.app.entries.firstIndex { $0.id == "partial-refund" })
        let entry = harness.app.entries[index]
        // The same case with a step that cannot hold.
        var broken = try #require(entry.trainingCase)
        broken.steps.append(.object(["expectEvent": .string("SDK_PAYMENT_CANCEL")]))
        harness.app = TrainingApp(
            entries: [TrainingCaseEntry(id: "x-broken", file: "x-broken.json", url: entry.url, isBundled: false, loaded: .success(broken)), entry],
            progress: TrainingProgress(), locale: "en_US", size: Size(width: 80, height: 24))
        await harness.press(.enter)
        guard case .list = harness.app.screen else { Issue.record("a broken case opened"); return }
        #expect(harness.app.entries[0].error != nil)
        #expect(harness.app.notice?.contains("x-broken.json: steps[") == true)
        await harness.press(.down, .enter)
        #expect(harness.open?.session.trainingCase.id == "partial-refund")
    }
}
