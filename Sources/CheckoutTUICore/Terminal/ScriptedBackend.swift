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
    /// The rest of a pasted text, there to be taken at once by `pendingKeys`.
    private var arrived: [Key] = []

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

    public var isInputExhausted: Bool { position == script.count && arrived.isEmpty }

    /// The last frame's text lines joined with newlines; empty before the first frame.
    public var lastFrameText: String {
        frames.last?.textLines().joined(separator: "\n") ?? ""
    }

    /// A scripted resize takes effect as it is read, as `KEY_RESIZE` does in curses.
    public mutating func nextKey(timeoutMilliseconds: Int) -> Key? {
        if !arrived.isEmpty { return arrived.removeFirst() }
        guard position < script.count else { return nil }
        defer { position += 1 }
        switch script[position] {
        case .key(let key):
            if case .resize(let newSize) = key { size = newSize }
            return key
        case .timeout:
            return nil
        case .paste(let text):
            arrived = text.map(Key.character)
            return arrived.isEmpty ? nil : arrived.removeFirst()
        }
    }

    public mutating func pendingKeys(limit: Int) -> [Key] {
        let taken = Array(arrived.prefix(limit))
        arrived.removeFirst(taken.count)
        return taken
    }

    public mutating func present(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }
}
