import ArgumentParser
import BenchSupport
import CheckoutTUICore
import CursesBackend
import Foundation

/// `bench-present`: what copying a frame to the terminal through ncurses costs, in the terminal it runs in (a pty of
/// scripts/bench.sh's size); the figures go to a JSON file, since the terminal is what is drawn on.
@main
struct BenchPresentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-present",
        abstract: "Time CursesTerminal.present for a screen change and for a key's frame; write JSON to a file.")

    @Option(name: .long, help: "Where the JSON figures go.")
    var output: String

    @Option(name: .long, help: "Frames timed for each figure.")
    var iterations = 400

    /// What bench.sh reads.
    struct Report: Codable {
        var width: Int
        var height: Int
        /// From the method list to the merchant's result page and back: a screen change.
        var screenChange: PresentFigure
        /// The method list with the cursor one row down and back: a key's frame.
        var keyFrame: PresentFigure
    }

    /// One kind of frame, presented alternately with its counterpart.
    struct PresentFigure: Codable {
        /// Cells that differ between the two frames.
        var changedCells: Int
        var medianNanoseconds: UInt64
        var p99Nanoseconds: UInt64
        /// The median as a share of a 60 Hz frame, as the frame figures give theirs.
        var percentOf60HzFrame: Double
    }

    @MainActor
    func run() async throws {
        let loop: CheckoutLoop
        do { loop = try CheckoutLoop() } catch { throw ValidationError(error.description) }
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal(options: CursesTerminalOptions(enableMouse: false)) } catch {
            throw ValidationError("bench-present draws on a terminal: \(error)")
        }
        let size = terminal.size
        let result = await FrameScreen.result.app(size: size, loop: loop)
        let methods = await FrameScreen.methods.app(size: size, loop: loop)
        var moved = methods
        _ = moved.update(.key(.down))
        let frames = (result: result.view(size: size), methods: methods.view(size: size), moved: moved.view(size: size))
        let report = Report(
            width: size.width, height: size.height,
            screenChange: Self.measure(frames.result, frames.methods, on: terminal, iterations: iterations),
            keyFrame: Self.measure(frames.methods, frames.moved, on: terminal, iterations: iterations))
        terminal.shutdown()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: output))
        guard report.keyFrame.changedCells > 0 else {
            throw ValidationError("Down changed nothing on the method list: the key frame would measure no change")
        }
    }

    /// Presents `first` and `second` in turn, timing each after a few unmeasured rounds.
    @MainActor
    private static func measure(
        _ first: ScreenBuffer, _ second: ScreenBuffer, on terminal: CursesTerminal, iterations: Int
    ) -> PresentFigure {
        for frame in [first, second, first, second] { terminal.present(frame) }
        var samples: [UInt64] = []
        samples.reserveCapacity(iterations)
        for index in 0..<iterations {
            let start = Stopwatch.now()
            terminal.present(index % 2 == 0 ? first : second)
            samples.append(Stopwatch.now() - start)
        }
        let median = Stopwatch.quantile(0.5, of: samples)
        return PresentFigure(
            changedCells: changedCells(first, second), medianNanoseconds: median,
            p99Nanoseconds: Stopwatch.quantile(0.99, of: samples),
            percentOf60HzFrame: Double(median) / Figures.frameBudgetNanoseconds * 100)
    }

    private static func changedCells(_ first: ScreenBuffer, _ second: ScreenBuffer) -> Int {
        first.withCells { a in second.withCells { b in zip(a, b).count { $0 != $1 } } }
    }
}
