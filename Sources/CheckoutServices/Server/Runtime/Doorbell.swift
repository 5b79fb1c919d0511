import Synchronization

/// Wakes a periodic loop early: `wait(atMost:)` returns after the interval or as soon as `ring()` is called
/// (a ring while nobody waits is kept for the next wait). The notification pump waits on one, so a clock
/// move over `/sim/v1/control/clock` sends what became due at once instead of at the next tick.
final class Doorbell: Sendable {
    private struct State {
        var rung = false
        var sleeper: Task<Void, Never>?
    }

    private let state = Mutex(State())

    func ring() {
        state.withLock { state in
            if let sleeper = state.sleeper {
                sleeper.cancel()
                state.sleeper = nil
            } else {
                state.rung = true
            }
        }
    }

    func wait(atMost interval: Duration) async {
        let sleeper = Task { _ = try? await Task.sleep(for: interval) }
        let alreadyRung = state.withLock { state -> Bool in
            if state.rung {
                state.rung = false
                return true
            }
            state.sleeper = sleeper
            return false
        }
        if alreadyRung { sleeper.cancel() }
        await withTaskCancellationHandler {
            await sleeper.value
        } onCancel: {
            sleeper.cancel()
        }
        state.withLock { $0.sleeper = nil }
    }
}
