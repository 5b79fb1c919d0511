import CheckoutTUICore
import Foundation

/// One screen's frame cost at one size.
public struct FrameFigure: Codable, Sendable {
    public var screen: String
    public var width: Int
    public var height: Int
    public var iterations: Int
    public var medianNanoseconds: UInt64
    public var p99Nanoseconds: UInt64
    /// The median as a percentage of a 60 Hz frame (16.7 ms).
    public var percentOf60HzFrame: Double
}

/// Headless checkouts on one thread of work.
public struct CheckoutFigure: Codable, Sendable {
    public var checkouts: Int
    public var failed: Int
    public var seconds: Double
    public var perSecond: Double
    public var medianMicroseconds: Double
    public var p99Microseconds: Double
}

/// Runs the measurements `bench-figures` reports (and the package-benchmark suites time the same work).
@MainActor
public enum Figures {
    public static let frameBudgetNanoseconds = 16_666_667.0

    /// Times `iterations` frames (after a tenth as many unmeasured), one sample per frame.
    public static func frame(_ screen: FrameScreen, size: Size, iterations: Int, loop: CheckoutLoop) async -> FrameFigure {
        let work = FrameWork(app: await screen.app(size: size, loop: loop), size: size)
        var differed = 0
        for _ in 0..<max(iterations / 10, 1) where work.frame() { differed += 1 }
        var samples: [UInt64] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = Stopwatch.now()
            if work.frame() { differed += 1 }
            samples.append(Stopwatch.now() - start)
        }
        precondition(differed == 0, "the same state drew two different frames")
        let median = Stopwatch.quantile(0.5, of: samples)
        return FrameFigure(
            screen: screen.rawValue, width: size.width, height: size.height, iterations: iterations,
            medianNanoseconds: median, p99Nanoseconds: Stopwatch.quantile(0.99, of: samples),
            percentOf60HzFrame: Double(median) / frameBudgetNanoseconds * 100)
    }

    /// Runs checkouts for `seconds` after `warmUp` unmeasured ones.
    public static func checkouts(seconds: Double, warmUp: Int, loop: some CheckoutRunning) async -> CheckoutFigure {
        for _ in 0..<warmUp { _ = await loop.checkout() }
        var samples: [UInt64] = []
        var failed = 0
        let start = Stopwatch.now()
        let deadline = start + UInt64(seconds * 1e9)
        var now = start
        while now < deadline {
            let before = now
            if await !loop.checkout() { failed += 1 }
            now = Stopwatch.now()
            samples.append(now - before)
        }
        let elapsed = Double(now - start) / 1e9
        return CheckoutFigure(
            checkouts: samples.count, failed: failed, seconds: elapsed, perSecond: Double(samples.count) / elapsed,
            medianMicroseconds: Double(Stopwatch.quantile(0.5, of: samples)) / 1e3,
            p99Microseconds: Double(Stopwatch.quantile(0.99, of: samples)) / 1e3)
    }
}
