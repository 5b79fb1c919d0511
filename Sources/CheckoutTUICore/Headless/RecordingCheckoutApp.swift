import CheckoutDomain
import Foundation

/// `CheckoutApp` with every key written to a `RecordingLog` (with its time) before the app sees it; the app
/// itself is unchanged, so a recorded run behaves exactly like an unrecorded one.
public struct RecordingCheckoutApp: ProgramModel {
    public private(set) var app: CheckoutApp
    private let log: RecordingLog
    private let startedAt: Date

    public init(app: CheckoutApp, log: RecordingLog, startedAt: Date) {
        self.app = app
        self.log = log
        self.startedAt = startedAt
    }

    public var isFinished: Bool { app.isFinished }

    public static func message(for key: Key) -> AppMessage { CheckoutApp.message(for: key) }

    public static var tick: AppMessage? { CheckoutApp.tick }

    public mutating func start() -> [AppCommand] { app.start() }

    public mutating func update(_ message: AppMessage) -> [AppCommand] {
        if case .key(let key) = message { record(key) }
        return app.update(message)
    }

    /// A paste is logged key by key, as typed keys are, and applied as the app applies it: one edit.
    public mutating func update(keys: [Key]) -> [AppCommand] {
        var commands: [AppCommand] = []
        var rest = keys[...]
        while let first = rest.first, !isFinished {
            let run = max(1, app.typedRun(at: rest))
            for key in rest.prefix(run) { record(key) }
            commands += run > 1 ? app.update(keys: Array(rest.prefix(run))) : app.update(.key(first))
            rest = rest.dropFirst(run)
        }
        return commands
    }

    private func record(_ key: Key) {
        let milliseconds = Int((app.environment.clock.now().timeIntervalSince(startedAt) * 1000).rounded())
        let field: FormField? = if app.state.typing, case .field(let field) = app.state.cursor { field } else { nil }
        log.append(key, at: max(0, milliseconds), typingInto: field)
    }

    public mutating func prepareFrame(size: Size) { app.prepareFrame(size: size) }

    public func view(size: Size) -> ScreenBuffer { app.view(size: size) }
}
