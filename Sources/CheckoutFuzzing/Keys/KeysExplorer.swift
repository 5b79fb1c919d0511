import CheckoutDomain
import CheckoutServices
import CheckoutTUICore
import Foundation

/// Random keys against the headless program: seeded, so a run replays exactly from its seed.
///
/// Episodes run one bundled scenario each (chosen by the seed, at a random terminal size and glyph set) until
/// the app quits or 2,000 keys have passed, then the next begins. After every step the frame must fit its
/// terminal exactly (`FrameInvariants`), the cursor must stand on the page (`CheckoutApp.cursorProblem`) and the
/// mock must hold at most one live payment per paymentRequestId (`PaymentInvariants`).
public enum KeysExplorer {
    public static let name = "headless-keys"
    static let keysPerEpisode = 2000
    static let tailLength = 40

    /// What a run did.
    public struct Report: Sendable {
        public let seed: UInt64
        public let keys: Int
        public let episodes: Int
        /// Payments the mock created, and how many of them succeeded: how deep the walk got.
        public let payments: Int
        public let successfulPayments: Int
        public let seconds: Double
        public let failure: Failure?
    }

    /// A broken invariant, with what is needed to replay it: the seed and the key count.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let seed: UInt64
        /// Zero-based index of the key after which the invariant broke.
        public let keyIndex: Int
        public let scenario: String
        public let size: Size
        public let finding: FuzzFinding
        /// The last steps before the failure, oldest first, as key names (card numbers masked).
        public let tail: [String]

        public var description: String {
            "\(finding)\n  seed \(seed), after key #\(keyIndex) in scenario \(scenario) at \(size.width)×\(size.height); "
                + "replay: fuzz-driver keys --seed \(seed) --keys \(keyIndex + 1)\n  last steps: "
                + PANMask.mask(tail.joined(separator: " "))
        }
    }

    /// Presses `keys` keys (ticks and waits come on top) from `seed`.
    public static func run(keys: Int, seed: UInt64) async throws(ExplorerSetupError) -> Report {
        let started = ContinuousClock.now
        let (cards, scenarios) = try bundledScenarios()
        var random = SplitMix64(seed: seed)
        var pressed = 0
        var episodes = 0
        var payments = 0
        var successes = 0
        var tail: [String] = []
        func report(_ failure: Failure?) -> Report {
            Report(
                seed: seed, keys: pressed, episodes: episodes, payments: payments, successfulPayments: successes,
                seconds: SeededRun.seconds(since: started), failure: failure)
        }
        while pressed < keys {
            let (name, scenario) = JSONMutator.pick(scenarios, &random)
            let size = random.chance(3, in: 4) ? Size(width: 80, height: 24) : JSONMutator.pick(KeyVocabulary.sizes, &random)
            let glyphs: Glyphs = random.chance(4, in: 5) ? .unicode : .ascii
            var episode: ExplorerEpisode
            do {
                episode = try await ExplorerEpisode.start(
                    scenario: scenario, name: name, size: size, glyphs: glyphs, testCards: cards)
            } catch {
                throw .episode(name, error.description)
            }
            episodes += 1
            var episodeKeys = 0
            while pressed < keys, episodeKeys < keysPerEpisode, !episode.isFinished {
                for step in KeyVocabulary.next(size: episode.size, using: &random) where pressed < keys {
                    // Shares the cooperative pool between steps, as `SeededRun` does between inputs.
                    await Task.yield()
                    await episode.apply(step)
                    tail.append(step.description)
                    if tail.count > tailLength { tail.removeFirst() }
                    if case .key = step {
                        pressed += 1
                        episodeKeys += 1
                    }
                    if let finding = await check(episode) {
                        return report(
                            Failure(
                                seed: seed, keyIndex: max(0, pressed - 1), scenario: name, size: episode.size,
                                finding: finding, tail: tail))
                    }
                }
            }
            let made: [String: [PaymentRecord]]
            do {
                made = try await episode.apo.paymentsByRequestId()
            } catch {
                throw .episode(name, "its payments could not be read back: \(error.description)")
            }
            payments += made.values.joined().count
            successes += made.values.joined().filter { $0.status == .success }.count
        }
        return report(nil)
    }

    private static func check(_ episode: ExplorerEpisode) async -> FuzzFinding? {
        if let problem = FrameInvariants.violation(in: episode.frame, size: episode.size) {
            return FuzzFinding(target: name, invariant: "every frame fits its terminal exactly", detail: problem)
        }
        if let problem = episode.app.cursorProblem {
            return FuzzFinding(target: name, invariant: "the cursor stands on the page", detail: problem)
        }
        let payments: [String: [PaymentRecord]]
        do {
            payments = try await episode.apo.paymentsByRequestId()
        } catch {
            return FuzzFinding(target: name, invariant: "the store reads back every payment", detail: error.description)
        }
        if let problem = PaymentInvariants.violation(in: payments) {
            return FuzzFinding(target: name, invariant: "one live payment per paymentRequestId", detail: problem)
        }
        return nil
    }

    private static func bundledScenarios() throws(ExplorerSetupError) -> (SandboxTestCards, [(String, Scenario)]) {
        do {
            let cards = try SandboxTestCards.bundled()
            let library = ScenarioLibrary(testCards: cards)
            let names = try library.bundledNames()
            var scenarios: [(String, Scenario)] = []
            for name in names { scenarios.append((name, try library.load(name))) }
            return (cards, scenarios)
        } catch let error as CatalogError {
            throw .bundledData(error.description)
        } catch let error as ScenarioError {
            throw .bundledData(error.description)
        } catch {
            throw .bundledData("\(error)")
        }
    }
}

/// Why the explorer could not start an episode: the bundled data or the app's wiring is broken.
public enum ExplorerSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case bundledData(String)
    case episode(String, String)

    public var description: String {
        switch self {
        case .bundledData(let reason): "the bundled scenarios could not be read: \(reason)"
        case .episode(let scenario, let reason): "scenario \(scenario) could not start: \(reason)"
        }
    }
}
