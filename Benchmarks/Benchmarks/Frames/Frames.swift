import Benchmark
import BenchSupport
import CheckoutTUICore

/// package-benchmark suite: one frame (view + the presenter's comparison) per screen and size.
let benchmarks: @Sendable () -> Void = {
    for screen in FrameScreen.allCases {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            Benchmark(
                "frame \(screen.rawValue) \(size.width)x\(size.height)",
                configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))
            ) { benchmark, work in
                for _ in benchmark.scaledIterations { blackHole(work.frame()) }
            } setup: { @MainActor in
                FrameWork(app: await screen.app(size: size, loop: try CheckoutLoop()), size: size)
            }
        }
    }
}
