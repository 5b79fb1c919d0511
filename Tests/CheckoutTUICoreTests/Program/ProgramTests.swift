import CheckoutTUICore
import Testing

/// The program loop driven by a scripted terminal.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct ProgramTests {
    private let size = Size(width: 12, height: 2)
    private let log = CommandLog()

    private func program(_ script: [ScriptStep]) -> Program<CounterModel, ScriptedBackend> {
        let log = log
        return Program(model: CounterModel(), backend: ScriptedBackend(size: size, script: script)) { command in
            await log.perform(command)
        }
    }

    private func keys(_ names: String...) -> [ScriptStep] {
        names.map { .key(.character(Character($0))) }
    }

    @Test func presentsTheFirstFrameEvenWithoutInput() async {
        let program = program([])
        _ = await program.runHeadless()
        #expect(program.backend.frames.count == 1)
        #expect(program.backend.lastFrameText == "count 0\nticks 0")
    }

    @Test func keysBecomeMessagesAndEachChangeIsPresented() async {
        let program = program(keys("+", "+"))
        let model = await program.runHeadless()
        #expect(model.count == 2)
        #expect(program.backend.frames.map { $0.textLines()[0] } == ["count 0", "count 1", "count 2"])
    }

    @Test func aCommandsResultMessageChangesTheView() async {
        let program = program(keys("l"))
        let model = await program.runHeadless()
        #expect(model.count == 42)
        #expect(program.backend.lastFrameText.hasPrefix("count 42"))
        #expect(await log.started == [.load(42)])
    }

    @Test func headlessRunsDeliverCommandResultsBeforeTheNextKey() async {
        let model = await program(keys("l", "+")).runHeadless()
        #expect(model.count == 43)
    }

    @Test func liveRunsWaitForInFlightCommandsOnceInputIsExhausted() async {
        let model = await program(keys("l")).run()
        #expect(model.count == 42)
    }

    @Test func timeoutsSendTicks() async {
        let program = program([.timeout, .key(.character("+")), .timeout])
        let model = await program.runHeadless()
        #expect(model.ticks == 2)
        #expect(model.count == 1)
        #expect(program.backend.lastFrameText == "count 1\nticks 2")
    }

    @Test func finishingStopsReadingInput() async {
        let program = program([.key(.ctrl("c")), .key(.character("+"))])
        let model = await program.runHeadless()
        #expect(model.isFinished)
        #expect(model.count == 0)
        #expect(!program.backend.isInputExhausted)
    }

    @Test func commandsFromTheFinishingUpdateAreNotStarted() async {
        let model = await program(keys("q")).runHeadless()
        #expect(model.isFinished)
        #expect(await log.started.isEmpty)
    }

    @Test func finishingCancelsAndAwaitsInFlightCommands() async {
        let model = await program([.key(.character("w")), .key(.ctrl("c"))]).run()
        #expect(model.count == 0)
        #expect(await log.cancelled == [.waitUntilCancelled])
    }

    @Test func terminateEndsTheRunEvenIfTheModelIgnoresIt() async {
        let program = program([.key(.terminate), .key(.character("+"))])
        let model = await program.runHeadless()
        #expect(!model.isFinished)
        #expect(model.otherKeys == [.terminate])
        #expect(model.count == 0)
    }

    @Test func resizesReachTheModelAndTheNextFrameUsesTheNewSize() async {
        let newSize = Size(width: 30, height: 4)
        let program = program([.key(.resize(newSize))])
        let model = await program.runHeadless()
        #expect(model.otherKeys == [.resize(newSize)])
        #expect(program.backend.frames.last?.size == newSize)
    }
}
