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
            app = TrainingApp(entries: entries, progress: TrainingProgress(), locale: locale, strings: try Strings.bundled(), size: size)
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

    @Test("the list, a ticket, each question kind and feedback at 80×24; the score is kept")
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
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-evidence-80x24")
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
        #expect(harness.open?.question?.kind == .tellTheBuyer)
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-tell-the-buyer-80x24")
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

    @Test("a trainee's explain pane opens on the entry that explains the outcome, not on the latest; what the merchant must fix")
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

        // Close the ticket, answer the evidence and the cause, and reach the merchant's question.
        await harness.press(.enter, .character("a"), .enter, .enter, .character("a"), .enter)
        #expect(harness.open?.session.phase == .question(2))
        #expect(harness.open?.question?.kind == .merchantFix)
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-merchant-fix-80x24")
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

    @Test("? shows training's keys and the simulator's, scrolling at 80×24; in a text field of the page letters are typed")
    func helpAndTyping() async throws {
        let harness = try Harness()
        await harness.press(.character("?"))
        let help = harness.frame.textLines().joined(separator: "\n")
        #expect(help.contains("answer the next question") && help.contains("Esc close"), "\(help)")
        await harness.press(.escape)
        #expect(!harness.app.showsHelp)

        try await harness.openCase("session-expired-before-paying")
        await harness.press(.enter)
        #expect(harness.open?.session.phase == .investigating)
        await harness.press(.character("?"))
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-help-80x24")
        let caseHelp = harness.frame.textLines().joined(separator: "\n")
        #expect(caseHelp.contains("answer the next question") && caseHelp.contains("While investigating"), "\(caseHelp)")
        // Training's keys and the simulator's are more than 24 rows hold: the overlay scrolls, and says so.
        #expect(caseHelp.contains("↑/↓ scroll") && !caseHelp.contains("click rows"), "\(caseHelp)")
        await harness.press(.pageDown, .pageDown, .pageDown)
        let scrolled = harness.frame.textLines().joined(separator: "\n")
        #expect(harness.app.helpScroll > 0 && scrolled.contains("click rows"), "\(scrolled)")
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
            progress: TrainingProgress(), locale: "en_US", strings: try Strings.bundled(), size: Size(width: 80, height: 24))
        await harness.press(.enter)
        guard case .list = harness.app.screen else { Issue.record("a broken case opened"); return }
        #expect(harness.app.entries[0].error != nil)
        #expect(harness.app.notice?.contains("x-broken.json: steps[") == true)
        await harness.press(.down, .enter)
        #expect(harness.open?.session.trainingCase.id == "partial-refund")
    }

    @Test("a ticket, question or feedback longer than its box scrolls with the keys the footer names; a tiny terminal says so")
    func longTextScrolls() async throws {
        let harness = try Harness(size: AppLayout.minimum, locale: "ja_JP")
        try await harness.openCase("konbini-voucher-unpaid")
        // A wrong entry: the feedback then says what the right one was, too.
        await harness.press(.enter, .character("a"), .enter)
        let open = try #require(harness.open)
        #expect(open.session.phase == .feedback(0))
        let box = try #require(TrainingCaseView(screen: open).box(size: harness.app.size))
        #expect(box.scrolls)
        var screen = harness.frame.textLines().joined(separator: "\n")
        #expect(screen.contains("↑/↓ スクロール") && !screen.contains("PgUp/PgDn") && screen.contains("1–\(box.visibleLines)/\(box.content.lines.count)"), "\(screen)")
        await harness.press(.pageDown)
        #expect(harness.open?.boxScroll == min(box.visibleLines - 1, box.maxScroll))
        for _ in 0...box.maxScroll { await harness.press(.down) }
        #expect(harness.open?.boxScroll == box.maxScroll)
        SnapshotAssertion.assertSnapshot(harness.frame, named: "training-feedback-scrolled-ja_JP-60x18")
        await harness.press(.up)
        #expect(harness.open?.boxScroll == box.maxScroll - 1)
        // The next question starts at its top.
        await harness.press(.enter)
        #expect(harness.open?.session.phase == .question(1))
        #expect(harness.open?.boxScroll == 0)

        await harness.press(.resize(Size(width: 40, height: 10)))
        screen = harness.frame.textLines().joined(separator: "\n")
        #expect(screen.contains("端末が小さすぎます") && screen.contains("40×10"), "\(screen)")
        await harness.press(.character("q"))
        guard case .list = harness.app.screen else { Issue.record("q did not go back to the cases"); return }
        screen = harness.frame.textLines().joined(separator: "\n")
        #expect(screen.contains("端末が小さすぎます"), "\(screen)")
    }

    @Test("no trainee-facing English on training's screens in any bundled locale")
    func noEnglishOnTrainingScreens() async throws {
        let strings = try Strings.bundled()
        let entries = try TrainingLibrary.load()
        for locale in strings.locales where locale != "en_US" {
            // The cases' titles are the locale's own words too (Brazilians scan a "QR code").
            let leftovers = LocaleOverrideTests.englishLeftovers(
                in: strings, locale: locale, ownTexts: entries.compactMap { $0.trainingCase?.title.text(for: locale) })
            let harness = try Harness(locale: locale)
            var screens = [("list", harness.frame)]
            await harness.press(.character("?"))
            screens.append(("list help", harness.frame))
            await harness.press(.escape)
            try await harness.openCase("session-expired-before-paying")
            screens.append(("ticket", harness.frame))
            // The evidence question, its feedback, a multiple-choice question and its feedback, the keys, the score.
            for (name, key) in [("evidence", Key.character("a")), ("feedback", .enter), ("choice", .enter), ("choice feedback", .character("a"))] {
                await harness.press(key)
                screens.append((name, harness.frame))
            }
            await harness.press(.character("?"))
            screens.append(("case help", harness.frame))
            await harness.press(.escape, .enter, .character("a"), .enter)
            #expect(harness.open?.session.phase == .finished)
            screens.append(("score", harness.frame))
            // The timeline speaks English to developers on purpose, and the header carries the scenario's own title.
            let timeline = harness.open?.app.state.timeline.transcript(timeZone: .gmt).joined(separator: "\n") ?? ""
            // Names are not words: case files, key names (Backspace), API names (onEventCallback) only hold a piece.
            let files = entries.map(\.file)
            for (name, frame) in screens {
                let lines = frame.textLines().dropFirst().map { line in files.reduce(line) { $0.replacingOccurrences(of: $1, with: "") } }
                for piece in leftovers where !timeline.contains(piece) {
                    guard let line = lines.first(where: { Self.containsWord(piece, in: $0) }) else { continue }
                    Issue.record("\(locale) \(name): English \"\(piece)\" on screen: \(line)")
                }
            }
        }
    }

    /// `piece` in `line` as a word of its own, not inside a longer name.
    nonisolated static func containsWord(_ piece: String, in line: String) -> Bool {
        var rest = line[...]
        while let range = rest.range(of: piece) {
            let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
            let after = range.upperBound < line.endIndex ? line[range.upperBound] : " "
            if !before.isLetter && !after.isLetter { return true }
            rest = line[range.upperBound...]
        }
        return false
    }
}
