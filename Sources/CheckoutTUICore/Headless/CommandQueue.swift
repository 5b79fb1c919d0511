/// Runs an app's commands breadth first: each command's messages are applied in order, and the commands they
/// return join the end of the queue, so every effect has finished before the next input arrives.
@MainActor
enum CommandQueue {
    /// The app after `commands` and everything they led to, or as it was when it quit.
    static func run(_ commands: [AppCommand], on app: CheckoutApp, with runner: AppEffectRunner) async -> CheckoutApp {
        var app = app
        var queue = commands
        while !queue.isEmpty, !app.isFinished {
            let command = queue.removeFirst()
            for message in await runner.perform(command) {
                guard !app.isFinished else { return app }
                queue += app.update(message)
            }
        }
        return app
    }
}
