/// Runs a `ProgramModel` against a terminal: input becomes messages, commands run as concurrent tasks whose
/// messages come back in the order they finish, and a frame is presented after every change that alters it.
///
/// Everything but the commands runs on the main actor, one message at a time, like bubbletea and gitui.
///
/// The loop ends when
/// - the model reports `isFinished`: commands returned by the finishing update are not started, in-flight
///   commands are cancelled and awaited (so nothing runs after `run` returns), and their messages are dropped;
/// - the backend delivers `.terminate`: the model sees it first, then the loop ends the same way even if the
///   model ignored it, so SIGTERM always restores the terminal;
/// - input is exhausted (a finished script) and no command is in flight.
@MainActor
public final class Program<Model: ProgramModel, Backend: TerminalBackend> {
    private var model: Model
    /// Exposed so tests can read the frames a `ScriptedBackend` recorded.
    public private(set) var backend: Backend
    private let perform: @Sendable (Model.Command) async -> [Model.Message]
    private let inputTimeoutMilliseconds: Int
    private var inFlight: [Int: Task<Void, Never>] = [:]
    private var nextCommandID = 0
    /// Messages from finished commands, in the order the commands finished.
    private var arrived: [Model.Message] = []
    private var needsPresent = false
    /// The frame the backend shows now; an identical new frame is not sent again.
    private var presented: ScreenBuffer?

    /// - Parameters:
    ///   - inputTimeoutMilliseconds: how long to wait for input before ticking; also bounds how late a finished
    ///     command's messages are seen.
    ///   - run: performs one command (off the main actor) and returns the messages it produced.
    public init(
        model: Model, backend: Backend, inputTimeoutMilliseconds: Int = 50,
        run: @escaping @Sendable (Model.Command) async -> [Model.Message]
    ) {
        self.model = model
        self.backend = backend
        self.inputTimeoutMilliseconds = inputTimeoutMilliseconds
        self.perform = run
    }

    /// Runs against a live terminal: input is read while commands are still running.
    public func run() async -> Model {
        await loop(settlingCommandsBeforeInput: false)
    }

    /// Runs deterministically, typically with a `ScriptedBackend`: before each key is read, every in-flight
    /// command (and any command its messages start) has finished and been delivered.
    ///
    /// Commands must therefore finish on their own; one that waits for later input would never return.
    public func runHeadless() async -> Model {
        await loop(settlingCommandsBeforeInput: true)
    }

    private func loop(settlingCommandsBeforeInput settles: Bool) async -> Model {
        for command in model.start() { start(command) }
        present()
        while !model.isFinished {
            if settles {
                await settleCommands()
            } else {
                // Lets finished commands, which complete on the main actor, append their messages.
                await Task.yield()
                deliverArrivedMessages()
            }
            presentIfNeeded()
            if model.isFinished { break }
            if backend.isInputExhausted {
                if inFlight.isEmpty { break }
                await settleCommands()
            } else if let key = backend.nextKey(timeoutMilliseconds: inputTimeoutMilliseconds) {
                // Everything already typed (a paste) goes in before the next frame: one frame per burst.
                let keys = [key] + (key == .terminate ? [] : backend.pendingKeys(limit: Self.burstLimit))
                send(keys)
                if keys.contains(.terminate) { break }
            } else if let tick = Model.tick {
                send(tick)
            }
            presentIfNeeded()
        }
        presentIfNeeded()
        await cancelCommands()
        return model
    }

    /// The most keys taken in one burst, so even an endless paste lets a frame through now and then.
    static var burstLimit: Int { 65_536 }

    private func send(_ message: Model.Message) {
        apply(model.update(message))
    }

    private func send(_ keys: [Key]) {
        apply(keys.count == 1 ? model.update(Model.message(for: keys[0])) : model.update(keys: keys))
    }

    private func apply(_ commands: [Model.Command]) {
        needsPresent = true
        guard !model.isFinished else { return }
        for command in commands { start(command) }
    }

    private func start(_ command: Model.Command) {
        let id = nextCommandID
        nextCommandID += 1
        let perform = perform
        // The task inherits the main actor, so it cannot begin before `inFlight` records it; only `perform`
        // itself runs elsewhere.
        inFlight[id] = Task {
            let messages = await perform(command)
            arrived.append(contentsOf: messages)
            inFlight[id] = nil
        }
    }

    private func deliverArrivedMessages() {
        while !arrived.isEmpty, !model.isFinished {
            send(arrived.removeFirst())
        }
    }

    /// Waits until no command is in flight, delivering messages as they arrive (which may start more commands).
    private func settleCommands() async {
        while !model.isFinished, let task = inFlight.values.first {
            await task.value
            deliverArrivedMessages()
        }
        deliverArrivedMessages()
    }

    private func cancelCommands() async {
        let tasks = Array(inFlight.values)
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
        arrived.removeAll()
    }

    private func presentIfNeeded() {
        guard needsPresent else { return }
        needsPresent = false
        present()
    }

    /// Sends the model's frame unless the backend already shows exactly it, so idle ticks cost no terminal work.
    private func present() {
        model.prepareFrame(size: backend.size)
        let frame = model.view(size: backend.size)
        guard frame != presented else { return }
        presented = frame
        backend.present(frame)
    }
}
