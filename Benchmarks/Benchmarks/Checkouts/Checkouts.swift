import Benchmark
import BenchSupport

/// package-benchmark suite: one headless card checkout against a long-lived in-process MockAPO.
let benchmarks: @Sendable () -> Void = {
    Benchmark(
        "headless card checkout",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(5))
    ) { @MainActor (benchmark: Benchmark, loop: CheckoutLoop) in
        for _ in benchmark.scaledIterations {
            guard await loop.checkout() else {
                benchmark.error("a checkout did not end in SUCCESS")
                return
            }
        }
    } setup: { @MainActor in
        // Built once, as a server builds its mock once; the warm-up fills it a little, as traffic would.
        let loop = try CheckoutLoop()
        for _ in 0..<200 { _ = await loop.checkout() }
        return loop
    }
}
