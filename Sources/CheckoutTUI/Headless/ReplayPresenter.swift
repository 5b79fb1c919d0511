import CheckoutTUICore

/// The presenter's controls during `replay`: pause, step, speed and quit, with a status line drawn over the frame.
struct ReplayPresenter {
    /// How often the terminal is polled for presenter keys while the replay runs.
    static let pollMilliseconds = 25
    private static let speeds: ClosedRange<Double> = 0.125...64

    var speed: Double
    var paused = false
    var quit = false

    init(speed: Double) {
        self.speed = speed
    }

    /// `--speed X`: a number within the range the presenter's `+` and `-` keys move in.
    static func parseSpeed(_ argument: String) throws(FlagValueError) -> Double {
        guard let speed = Double(argument), speeds.contains(speed) else {
            throw FlagValueError(
                "a number from \(speeds.lowerBound.formatted()) to \(speeds.upperBound.formatted()), "
                    + "like 2 (twice as fast) or 0.5 (half as fast)")
        }
        return speed
    }

    /// Applies a presenter key; true when it asks for one recorded key to be performed (`n` while paused).
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(" "): paused.toggle()
        case .character("n"): return paused
        case .character("+"), .character("="): speed = min(speed * 2, Self.speeds.upperBound)
        case .character("-"): speed = max(speed / 2, Self.speeds.lowerBound)
        case .character("q"), .ctrl("c"), .terminate: quit = true
        default: break
        }
        return false
    }

    /// The frame with the replay's state on its last row, so the audience sees it is a replay.
    func overlay(on frame: ScreenBuffer, done: Bool) -> ScreenBuffer {
        var buffer = frame
        let state = done ? "finished" : paused ? "paused (n: next key)" : "playing"
        let line = " REPLAY \(state) · \(speed.formatted())× · Space pause · +/- speed · q quit "
        let row = frame.size.height - 1
        guard row >= 0 else { return buffer }
        _ = buffer.write(String(repeating: " ", count: frame.size.width), x: 0, y: row, style: .keyHint)
        _ = buffer.write(line, x: 0, y: row, style: Style(.keyHint, reverse: true))
        return buffer
    }
}

extension Double {
    /// `2`, `0.5`, `0.125`: no trailing zeros.
    fileprivate func formatted() -> String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
