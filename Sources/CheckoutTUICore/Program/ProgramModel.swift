/// An Elm-style application state: pure `update` returning commands as data, and a pure `view`.
public protocol ProgramModel {
    associatedtype Message: Sendable
    associatedtype Command: Sendable

    /// The effects to run as the program starts, before any input (Elm's `init` command); default none.
    mutating func start() -> [Command]

    /// Applies a message and returns the effects to run; performs no I/O itself.
    mutating func update(_ message: Message) -> [Command]

    /// Applies keys that arrived together (a paste is thousands at once) before the next frame is drawn; the
    /// default applies them one by one. A model may apply a run of typed characters as one edit.
    mutating func update(keys: [Key]) -> [Command]

    /// Settles what only a frame of `size` needs (a pane's layout, its scroll), just before `view` draws it, so a
    /// run of messages between two frames settles it once; default nothing.
    mutating func prepareFrame(size: Size)

    /// Draws the state into a fresh buffer of the given size.
    func view(size: Size) -> ScreenBuffer

    /// Once true the program stops reading input and returns the model.
    var isFinished: Bool { get }

    /// Turns an input event (including resizes, mouse actions and `.terminate`) into a message.
    static func message(for key: Key) -> Message

    /// Sent whenever input times out, for countdowns and spinners; nil when the model needs no ticks.
    static var tick: Message? { get }
}

extension ProgramModel {
    public mutating func start() -> [Command] { [] }

    public mutating func prepareFrame(size: Size) {}

    public mutating func update(keys: [Key]) -> [Command] {
        var commands: [Command] = []
        for key in keys where !isFinished {
            commands += update(Self.message(for: key))
        }
        return commands
    }
}
