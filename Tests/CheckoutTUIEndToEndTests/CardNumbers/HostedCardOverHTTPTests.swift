import Foundation
import Testing

/// Seed 002's hosted card mode over real HTTP: `play --apo` against `checkout-tui serve`, with the bundled
/// `hosted-card-3ds` steps — `pay` with only CARD, APO's card page (`enterCard` over `/sim/v1`), 3DS, the
/// notifications to the server's webhook receiver, and the saved card's second order.
@Suite
struct HostedCardOverHTTPTests {
    @Test("seed 002 over HTTP: play --apo against serve passes hosted-card-3ds's steps; no card number in what it leaves")
    func hostedCardOverHTTP() async throws {
        let binary = try BuiltBinary.path()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hosted-card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try await ServedMockAPO(binary: binary, directory: directory)
        let scenario = try BundledData.scenario("hosted-card-3ds", notifyingAt: server.notifyURL, in: directory)
        let report = directory.appendingPathComponent("report.json")
        let (status, output) = try await Subprocess.run(
            binary,
            ["play", "--scenario", scenario.path, "--steps", BundledData.steps("hosted-card-3ds").path, "--report",
             report.path] + server.gatewayArguments,
            environment: ProcessInfo.processInfo.environment)
        await server.stop()
        #expect(status == 0, "play --apo: exit \(status):\n\(output)")
        let log = try String(contentsOf: server.log, encoding: .utf8)
        #expect(log.contains("POST /ams/sandbox/api/v1/payments/pay"), "\(log.suffix(2_000))")
        #expect(log.contains("POST /sim/v1/enterCard"), "the card page's submit went over HTTP")
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.contains("\"api\" : \"pay\"") || written.contains("\"api\":\"pay\""))
        for text in [written, output, log] {
            #expect(!text.contains("4054695723100768") && !text.contains("4054 6957 2310 0768"))
        }
    }
}
