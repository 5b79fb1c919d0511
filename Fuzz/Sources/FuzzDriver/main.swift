import CheckoutFuzzing
import Foundation

// The seeded side of fuzzing, for scripts/fuzz.sh:
//   fuzz-driver corpus gateway-request|signature-header DIR   write the seed corpus for libFuzzer
//   fuzz-driver seeded gateway-request|signature-header [--runs N] [--seed S]
//   fuzz-driver keys [--keys N] [--seed S]
// Each run prints one summary line and exits 1 when an invariant broke (the details go to stderr).

/// Why the command line could not be used.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

func option(_ name: String, in arguments: [String], default value: UInt64) throws(UsageError) -> UInt64 {
    guard let index = arguments.firstIndex(of: name) else { return value }
    guard index + 1 < arguments.count, let parsed = UInt64(arguments[index + 1]) else {
        throw UsageError(description: "\(name) takes a whole number")
    }
    return parsed
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }

func writeCorpus(_ seeds: [[UInt8]], to directory: String) {
    let folder = URL(fileURLWithPath: directory)
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, seed) in seeds.enumerated() {
            try Data(seed).write(to: folder.appendingPathComponent(String(format: "seed-%03d", index)))
        }
    } catch {
        fail("fuzz-driver: the corpus could not be written to \(directory): \(error.localizedDescription)")
    }
    print("wrote \(seeds.count) seed inputs to \(directory)")
}

func runSeeded(_ target: String, runs: Int, seed: UInt64) async {
    let report: SeededRun.Report
    switch target {
    case GatewayRequestTarget.name:
        let fixture = await makeFixture()
        let inputs = GatewayInputs(fixture: fixture)
        let check = GatewayRequestTarget(fixture: fixture)
        report = await SeededRun.run(target: target, count: runs, seed: seed, input: inputs.input) { await check.run($0) }
    case SignatureHeaderTarget.name:
        let inputs = SignatureInputs()
        let check = makeSignatureTarget()
        report = await SeededRun.run(target: target, count: runs, seed: seed, input: inputs.input) { check.run($0) }
    default:
        fail("fuzz-driver: unknown target \(target)")
    }
    if let failure = report.failure {
        print("fuzz \(target): \(report.inputs) inputs, 1 invariant violation (seeded, seed \(seed), \(seconds(report.seconds)))")
        fail(failure.description)
    }
    print("fuzz \(target): \(report.inputs) inputs, 0 crashes (seeded, seed \(seed), \(seconds(report.seconds)))")
}

func makeFixture() async -> GatewayFixture {
    do {
        return try await GatewayFixture.make()
    } catch {
        fail("fuzz-driver: \(error)")
    }
}

func makeSignatureTarget() -> SignatureHeaderTarget {
    do {
        return try SignatureHeaderTarget()
    } catch {
        fail("fuzz-driver: the merchant test key \(error)")
    }
}

func runKeys(keys: Int, seed: UInt64) async {
    let report: KeysExplorer.Report
    do {
        report = try await KeysExplorer.run(keys: keys, seed: seed)
    } catch {
        fail("fuzz-driver: \(error)")
    }
    let depth = "\(report.episodes) sessions, \(report.payments) payments, \(report.successfulPayments) paid"
    if let failure = report.failure {
        print("fuzz \(KeysExplorer.name): \(report.keys) keys, 1 invariant violation (seed \(seed), \(depth))")
        fail(failure.description)
    }
    print(
        "fuzz \(KeysExplorer.name): \(report.keys) keys, 0 invariant violations (seed \(seed), \(depth), "
            + "\(seconds(report.seconds)))")
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.dropFirst().first) {
    case ("corpus", GatewayRequestTarget.name?):
        guard arguments.count == 3 else { throw UsageError(description: "corpus TARGET DIR") }
        writeCorpus(GatewayInputs(fixture: await makeFixture()).seeds, to: arguments[2])
    case ("corpus", SignatureHeaderTarget.name?):
        guard arguments.count == 3 else { throw UsageError(description: "corpus TARGET DIR") }
        writeCorpus(SignatureInputs().seeds, to: arguments[2])
    case ("seeded", let target?):
        await runSeeded(
            target, runs: Int(try option("--runs", in: arguments, default: 1_000_000)),
            seed: try option("--seed", in: arguments, default: 1))
    case ("keys", _):
        await runKeys(
            keys: Int(try option("--keys", in: arguments, default: 100_000)),
            seed: try option("--seed", in: arguments, default: 1))
    default:
        throw UsageError(
            description: "usage: fuzz-driver corpus TARGET DIR | seeded TARGET [--runs N] [--seed S] | keys [--keys N] [--seed S]")
    }
} catch {
    fail("fuzz-driver: \(error)")
}
