import ArgumentParser
import BenchSupport
import CheckoutTUICore
import Foundation

/// `bench-figures`: frame and headless-checkout figures as one JSON object on stdout, for scripts/bench.sh.
@main
struct BenchFiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-figures",
        abstract: "Measure view+render per frame and headless checkouts per second; print JSON.")

    @Option(name: .long, help: "Frames timed per screen and size.")
    var frameIterations = 5_000

    @Option(name: .long, help: "Seconds of checkouts to time.")
    var checkoutSeconds = 5.0

    @Option(name: .long, help: "Unmeasured checkouts first.")
    var warmUpCheckouts = 500

    /// What bench.sh reads: every frame figure, then the checkout figures — through the page state machine and
    /// the mock (`pageCheckouts`), and through the TUI's key handling as `play` runs them (`checkouts`).
    struct Report: Codable {
        var frames: [FrameFigure]
        var pageCheckouts: CheckoutFigure
        var checkouts: CheckoutFigure
        /// swift-crypto's RSA-2048 signatures per second on this thread: the server's own ceiling per core.
        var signing: SigningFigure
    }

    @MainActor
    func run() async throws {
        let loop: CheckoutLoop
        do { loop = try CheckoutLoop() } catch { throw ValidationError(error.description) }
        var frames: [FrameFigure] = []
        for screen in FrameScreen.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
                frames.append(await Figures.frame(screen, size: size, iterations: frameIterations, loop: loop))
            }
        }
        // A fresh mock, so the checkout rate is not measured on one the frame fixtures already filled.
        let checkoutLoop: CheckoutLoop
        do { checkoutLoop = try CheckoutLoop() } catch { throw ValidationError(error.description) }
        let checkouts = await Figures.checkouts(seconds: checkoutSeconds, warmUp: warmUpCheckouts, loop: checkoutLoop)
        let pageLoop: PageCheckoutLoop
        do { pageLoop = try PageCheckoutLoop() } catch { throw ValidationError(error.description) }
        let pageCheckouts = await Figures.checkouts(seconds: checkoutSeconds, warmUp: warmUpCheckouts, loop: pageLoop)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let signing = try SigningFigure.measure(seconds: min(checkoutSeconds, 3))
        let report = Report(frames: frames, pageCheckouts: pageCheckouts, checkouts: checkouts, signing: signing)
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        if checkouts.failed > 0 || pageCheckouts.failed > 0 { throw ExitCode(1) }
    }
}
