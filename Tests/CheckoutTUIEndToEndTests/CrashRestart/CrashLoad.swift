import CheckoutDomain
import Synchronization

/// Concurrent merchants sending createPaymentSession then pay, each pair with new paymentRequestIds, until
/// `target` pays have been acknowledged with S. Then `onTarget` runs once (it kills the server) while the other
/// workers' calls are in flight; each worker stops at its first call without an answer.
struct CrashLoad: Sendable {
    let client: any APOClient
    let traffic: CrashTraffic
    let target: Int
    let workers: Int
    /// The last `tail` pays before the target carry `lateNotifyURL`, where no merchant listens yet, so that their
    /// notifications are certainly still owed when the server dies.
    let tail: Int
    let notifyURL: String
    let lateNotifyURL: String

    /// What the load has done so far, shared by the workers.
    private final class Progress: Sendable {
        struct State {
            var nextIndex = 0
            var acknowledgedPays = 0
            var targetReached = false
            var exchanges: [CrashExchange] = []
        }

        let state = Mutex(State())
    }

    /// Every exchange, answered or not, and whether the target was reached (and `onTarget` ran).
    func run(onTarget: @escaping @Sendable () -> Void) async -> (exchanges: [CrashExchange], reachedTarget: Bool) {
        let progress = Progress()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask { await work(progress, onTarget: onTarget) }
            }
        }
        return progress.state.withLock { ($0.exchanges, $0.targetReached) }
    }

    private func work(_ progress: Progress, onTarget: @Sendable () -> Void) async {
        while let index = progress.state.withLock({ state -> Int? in
            guard !state.targetReached else { return nil }
            defer { state.nextIndex += 1 }
            return state.nextIndex
        }) {
            let sessionRequest = traffic.sessionRequest(index, notifyURL: notifyURL)
            let session = await CrashExchange.send(.session(sessionRequest), via: client)
            let late = progress.state.withLock { state in
                state.exchanges.append(session)
                return state.acknowledgedPays >= target - tail
            }
            guard session.answer != nil else { return }
            let url = late ? lateNotifyURL : notifyURL
            let pay = await CrashExchange.send(.pay(traffic.payRequest(index, notifyURL: url)), via: client)
            let crashNow = progress.state.withLock { state -> Bool in
                state.exchanges.append(pay)
                if pay.answer?.result.resultStatus == .success { state.acknowledgedPays += 1 }
                guard state.acknowledgedPays >= target, !state.targetReached else { return false }
                state.targetReached = true
                return true
            }
            if crashNow { onTarget() }
            guard pay.answer != nil else { return }
        }
    }
}
