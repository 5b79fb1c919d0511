import CheckoutTUICore

/// Performs `CounterModel` commands for tests and records what was started and what saw cancellation.
actor CommandLog {
    private(set) var started: [CounterModel.Command] = []
    private(set) var cancelled: [CounterModel.Command] = []

    func perform(_ command: CounterModel.Command) async -> [CounterModel.Message] {
        started.append(command)
        switch command {
        case .load(let value):
            // Finishing a few hops later makes a loop that does not wait for commands read the next key first.
            for _ in 0..<20 { await Task.yield() }
            return [.loaded(value)]
        case .waitUntilCancelled:
            // Not a delay: the sleep only ever ends through cancellation, which is what is under test.
            try? await Task.sleep(for: .seconds(3_600))
            if Task.isCancelled { cancelled.append(command) }
            return [.loaded(-1)]
        }
    }
}
