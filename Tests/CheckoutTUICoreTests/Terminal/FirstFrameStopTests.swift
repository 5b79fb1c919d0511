import CheckoutTUICore
import Testing

@MainActor
@Suite struct FirstFrameStopTests {
    @Test func readsTerminateOnlyAfterTheFirstFrame() {
        var hookRuns = 0
        var stop = AfterFirstFrame.firstFrameStop(ScriptedBackend(size: Size(width: 4, height: 1), keys: [.character("x")])) {
            hookRuns += 1
        }
        #expect(stop.nextKey(timeoutMilliseconds: 0) == .character("x"))
        stop.present(ScreenBuffer(size: Size(width: 4, height: 1)))
        stop.present(ScreenBuffer(size: Size(width: 4, height: 1)))
        #expect(stop.nextKey(timeoutMilliseconds: 0) == .terminate)
        #expect(hookRuns == 1)
        #expect(stop.base.frames.count == 2)
    }
}

@MainActor
@Suite struct AfterFirstFrameTests {
    @Test func runsItsWorkOnceAfterTheFirstFrameBeforeAnyRead() {
        var workRuns = 0
        var backend = AfterFirstFrame(ScriptedBackend(size: Size(width: 4, height: 1), keys: [.character("x")])) {
            workRuns += 1
            return true
        }
        #expect(workRuns == 0)
        backend.present(ScreenBuffer(size: Size(width: 4, height: 1)))
        #expect(workRuns == 1)
        #expect(backend.nextKey(timeoutMilliseconds: 0) == .character("x"))
        backend.present(ScreenBuffer(size: Size(width: 4, height: 1)))
        #expect(workRuns == 1)
        #expect(backend.base.frames.count == 2)
    }

    @Test func failedWorkEndsTheRunAtTheNextRead() {
        var backend = AfterFirstFrame(ScriptedBackend(size: Size(width: 4, height: 1), keys: [.character("x")])) { false }
        backend.present(ScreenBuffer(size: Size(width: 4, height: 1)))
        #expect(backend.nextKey(timeoutMilliseconds: 0) == .terminate)
        #expect(backend.pendingKeys(limit: 10).isEmpty)
    }
}
