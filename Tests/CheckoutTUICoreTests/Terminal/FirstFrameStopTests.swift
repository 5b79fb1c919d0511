import CheckoutTUICore
import Testing

@MainActor
@Suite struct FirstFrameStopTests {
    @Test func readsTerminateOnlyAfterTheFirstFrame() {
        var hookRuns = 0
        var stop = FirstFrameStop(ScriptedBackend(size: Size(width: 4, height: 1), keys: [.character("x")])) {
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
