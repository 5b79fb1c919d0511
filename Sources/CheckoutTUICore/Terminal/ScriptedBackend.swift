/// A terminal stand-in for tests and headless runs: plays a script of keys and timeouts and records every frame.
///
/// It never waits: `nextKey` answers at once, whatever timeout it is given.
public struct ScriptedBackend: TerminalBackend {
    public private(set) var size: Size
    public let supportsColor: Bool
    public let supportsUTF8: Bool
    public let supportsMouse: Bool
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    private let script: [ScriptStep]
    private var position = 0

    public init(
        size: Size, script: [ScriptStep], supportsColor: Bool = true, supportsUTF8: Bool = true,
        supportsMouse: Bool = true
    ) {
        self.size = size
        self.script = script
        self.supportsColor = supportsColor
        self.supportsUTF8 = supportsUTF8
        self.supportsMouse = supportsMouse
    }

    public init(size: Size, keys: [Key]) {
        self.init(size: size, script: keys.map(ScriptStep.key))
    }

    /// A script written as key names, as in recordings; "Timeout" stands for an input timeout.
    public init(size: Size, keyNames: [String]) throws(KeyNameError) {
        var script: [ScriptStep] = []
        for name in keyNames {
            script.append(name == "Timeout" ? .timeout : .key(try Key(name: name)))
        }
        self.init(size: size, script: script)
    }

    public var isInputExhausted: Bool { position == script.count }

    /// The last frame's text lines joined with newlines; empty before the first frame.
    public var lastFrameText: String {
        frames.last?.textLines().joined(separator: "\n") ?? ""
    }

    /// A scripted resize takes effect as it is read, as `KEY_RESIZE` does in curses.
    public mutating func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard position < script.count else { return nil }
        defer { position += 1 }
        guard case .key(let key) = script[position] else { return nil }
        if case .resize(let newSize) = key { size = newSize }
        return key
    }

    public mutating func present(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }
}
