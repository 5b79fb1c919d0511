import CheckoutDomain
import CheckoutServices
import Foundation

/// Runs a fuzz target over a seeded generator's inputs, stopping at the first broken invariant.
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

    public static func run(
        target: String, count: Int, seed: UInt64, input: (Int, UInt64) -> [UInt8],
        check: ([UInt8]) async -> FuzzFinding?
    ) async -> Report {
        let started = ContinuousClock.now
        for index in 0..<count {
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
