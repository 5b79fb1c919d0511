import CheckoutDomain
import CheckoutServices
import Foundation

/// Runs a fuzz target over a seeded generator's inputs, stopping at the first broken invariant.
///
/// A run gives its thread back between inputs (`Task.yield`). A target's `await`s rarely suspend (an uncontended
/// actor is entered on the same thread), so without it ten thousand inputs held one of the cooperative pool's few
/// threads for minutes, and under `swift test` on two cores the tests and servers beside it starved past their
/// 90-second waits.
public enum SeededRun {
    /// What a run did; `failure` names the input that broke an invariant, so it can be regenerated.
    public struct Report: Sendable {
        public let target: String
        public let seed: UInt64
        public let inputs: Int
        public let seconds: Double
        public let failure: Failure?
    }

    /// The input at `index` of the run broke `finding`'s invariant.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let seed: UInt64
        public let index: Int
        public let input: [UInt8]
        public let finding: FuzzFinding

        public var description: String {
            // The input is shown with card numbers masked; the seed and index regenerate it exactly.
            let shown = PANMask.mask(String(decoding: input.prefix(600), as: UTF8.self))
            return "\(finding)\n  seed \(seed), input #\(index) (\(input.count) bytes): \(shown.debugDescription)"
        }
    }

    /// - Parameter isolation: where the run and `check` execute: the caller's actor, or the global executor.
    public static func run(
        target: String, count: Int, seed: UInt64, input: (Int, UInt64) -> [UInt8],
        isolation: isolated (any Actor)? = #isolation, check: ([UInt8]) async -> FuzzFinding?
    ) async -> Report {
        let started = ContinuousClock.now
        for index in 0..<count {
            if index > 0 { await Task.yield() }
            let bytes = input(index, seed)
            if let finding = await check(bytes) {
                return Report(
                    target: target, seed: seed, inputs: index + 1, seconds: seconds(since: started),
                    failure: Failure(seed: seed, index: index, input: bytes, finding: finding))
            }
        }
        return Report(target: target, seed: seed, inputs: count, seconds: seconds(since: started), failure: nil)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
