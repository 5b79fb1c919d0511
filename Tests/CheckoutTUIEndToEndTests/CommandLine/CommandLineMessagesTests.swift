import Foundation
import Testing

/// Issue 15's messages, reproduced with the real binary: each bad input names the flag or file, the real cause and
/// what to do, and a bad steps file still leaves the JUnit file CI looks for.
@Suite("Command-line messages")
struct CommandLineMessagesTests {
    private let binary: String
    private let scratch: ScratchFolder
    private var directory: URL { scratch.url }

    init() throws {
        binary = try BuiltBinary.path()
        scratch = try ScratchFolder("cli")
    }

    private func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await Subprocess.run(binary, arguments, environment: ProcessInfo.processInfo.environment)
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("bad --size and --speed values name the flag and the form, never \"Missing value\"", arguments: [
        (["play", "--size", "abc"], ["--size <WxH>", "expected WIDTHxHEIGHT in characters, like 120x40"]),
        (["play", "--size", "-5x10"], ["--size <WxH>", "width and height above 0"]),
        (["play", "--size", "10x5"], ["--size 10x5 is smaller than the simulator's minimum 60x18"]),
        (["export-cast", "rec.json", "out.cast", "--size", "5x5"], ["--size 5x5 is smaller than the simulator's minimum"]),
        (["replay", "rec.json", "--speed", "-1"], ["--speed <X>", "a number from 0.125 to 64"]),
        (["replay", "rec.json", "--speed", "fast"], ["--speed <X>", "a number from 0.125 to 64"]),
    ])
    func badFlagValues(arguments: [String], expected: [String]) async throws {
        let (status, output) = try await run(arguments)
        #expect(status != 0)
        #expect(!output.contains("Missing value"), "\(output)")
        for text in expected { #expect(output.contains(text), "\(output)") }
    }

    @Test("a bad steps file exits 2 and still writes JUnit and the report with the error")
    func badStepsWritesJUnit() async throws {
        let steps = try file("steps.json", #"[{"selct": "CARD"}]"#)
        let junit = directory.appendingPathComponent("junit.xml").path
        let report = directory.appendingPathComponent("report.json").path
        let (status, output) = try await run(["play", "--steps", steps, "--junit", junit, "--report", report])
        #expect(status == 2)
        #expect(output.contains("unknown step \"selct\""))
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("failures=\"1\""))
        #expect(xml.contains("<failure message=\"") && xml.contains("unknown step &quot;selct&quot;"))
        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(json.contains("\"passed\" : false") && json.contains("unknown step"))
    }

    @Test("a steps file with no expectation fails unless --allow-no-expectations")
    func noExpectations() async throws {
        let steps = try file("steps.json", #"[{"select": "CARD"}]"#)
        let refused = try await run(["play", "--steps", steps])
        #expect(refused.status == 2)
        #expect(refused.output.contains("no step is an expectation") && refused.output.contains("--allow-no-expectations"))
        let allowed = try await run(["play", "--steps", steps, "--allow-no-expectations"])
        #expect(allowed.status == 0, "\(allowed.output)")
    }

    @Test("keys names lists the key names steps files use")
    func keyNames() async throws {
        let (status, output) = try await run(["keys", "names"])
        #expect(status == 0)
        for name in ["Enter", "BTab", "Escape", "Space", "C-a", "F1", "Click(X,Y)", "Resize(WxH)"] {
            #expect(output.contains(name), "\(name)")
        }
    }

    @Test("a misspelt scenario field is warned about on stderr and in the timeline; the run goes on")
    func unknownScenarioKey() async throws {
        let bundled = try String(
            contentsOf: BundledData.assets.appendingPathComponent("scenarios/card-manual-capture.json"), encoding: .utf8)
        let misspelt = bundled.replacingOccurrences(of: "\"paymentFactor\"", with: "\"paymentFactr\"")
        #expect(misspelt != bundled)
        let scenario = try file("manual.json", misspelt)
        let steps = try file("steps.json", #"[{"expectEvent": "SDK_END_OF_LOADING"}]"#)
        let report = directory.appendingPathComponent("report.json").path
        let (status, output) = try await run(["play", "--scenario", scenario, "--steps", steps, "--report", report])
        #expect(status == 0, "\(output)")
        #expect(output.contains("warning: \(scenario): createPaymentSession.paymentFactr is not a field"))
        #expect(output.contains("did you mean paymentFactor?"))
        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(json.contains("scenario: unknown field"))
    }

    /// Bundled scenarios open without the key audit, since the suite holds them clean; a CHECKOUT_TUI_ASSETS
    /// folder is one's own, so its scenarios, opened by name, are audited as a file is.
    @Test("a misspelt field in a CHECKOUT_TUI_ASSETS scenario opened by name is warned about")
    func unknownKeyInCustomAssets() async throws {
        let assets = directory.appendingPathComponent("assets")
        try FileManager.default.copyItem(at: BundledData.assets, to: assets)
        let scenario = assets.appendingPathComponent("scenarios/card-manual-capture.json")
        let bundled = try String(contentsOf: scenario, encoding: .utf8)
        try Data(bundled.replacingOccurrences(of: "\"paymentFactor\"", with: "\"paymentFactr\"").utf8).write(to: scenario)
        let steps = try file("steps.json", #"[{"expectEvent": "SDK_END_OF_LOADING"}]"#)
        var environment = ProcessInfo.processInfo.environment
        environment["CHECKOUT_TUI_ASSETS"] = assets.path
        let (status, output) = try await Subprocess.run(
            binary, ["play", "--scenario", "card-manual-capture", "--steps", steps], environment: environment)
        #expect(status == 0, "\(output)")
        #expect(output.contains("warning: card-manual-capture: createPaymentSession.paymentFactr is not a field"), "\(output)")
        let shipped = try await run(["play", "--scenario", "card-manual-capture", "--steps", steps])
        #expect(shipped.status == 0 && !shipped.output.contains("warning:"), "\(shipped.output)")
    }

    // Issue 15: "no way to show a custom order … without writing a scenario JSON by hand".
    @Test("session flags build a session that play pays, named custom-order; Antom's refusal names the field")
    func sessionFlags() async throws {
        let steps = try file("steps.json", """
            [{"expectEvent": "SDK_END_OF_LOADING"}, {"select": "CARD"},
             {"fill": {"cardNo": "4054695723100768", "expiry": "1230", "cvv": "123", "cardholderName": "ANA LIMA"}},
             {"pay": true}, {"expectEvent": "SDK_PAYMENT_SUCCESSFUL"}, {"expectPaymentStatus": "SUCCESS"},
             {"expectScreen": "Tênis"}]
            """)
        let report = directory.appendingPathComponent("report.json").path
        let order = [
            "--amount", "299.90", "--currency", "BRL", "--methods", "PIX,CARD", "--item", "Tênis:1:299.90",
            "--buyer-email", "ana@example.com", "--cpf", "12345678909", "--locale", "pt_BR",
        ]
        let paid = try await run(["play", "--steps", steps, "--report", report] + order)
        #expect(paid.status == 0, "\(paid.output)")
        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(json.contains("\"scenario\" : \"custom-order\""), "\(json.prefix(400))")

        let mismatch = try await run(["play", "--steps", steps, "--amount", "10.00", "--currency", "BRL", "--item", "Tênis:1:299.90"])
        #expect(mismatch.status == 2, "\(mismatch.output)")
        #expect(mismatch.output.contains("--amount"), "\(mismatch.output)")

        let both = try await run(["play", "--steps", steps, "--scenario", "br-pix"] + order)
        #expect(both.status != 0)
        #expect(both.output.contains("both describe the session"), "\(both.output)")
    }

    @Test("a scenario with a syntax error names the line and column")
    func syntaxError() async throws {
        let scenario = try file("broken.json", "{\n  \"title\": \"t\",\n  \"description\": d\n}\n")
        let steps = try file("steps.json", #"[{"expectEvent": "SDK_END_OF_LOADING"}]"#)
        let (status, output) = try await run(["play", "--scenario", scenario, "--steps", steps])
        #expect(status == 2)
        #expect(output.contains("is not valid JSON: line 3, column 18: expected a value"), "\(output)")
    }
}

/// `play --apo` against an APO that is not there or whose keys do not match: it fails at once naming the flag
/// at fault, instead of waiting 30 s and blaming the scenario's createPaymentSession body.
@Suite("play --apo preflight", .serialized)
struct APOPreflightTests {
    private let binary: String
    private let scratch: ScratchFolder
    private var directory: URL { scratch.url }

    init() throws {
        binary = try BuiltBinary.path()
        scratch = try ScratchFolder("preflight")
    }

    private func play(_ gateway: [String]) async throws -> (status: Int32, output: String) {
        try await Subprocess.run(
            binary, ["play", "--scenario", "pl-p24-prefilled-email"] + gateway,
            environment: ProcessInfo.processInfo.environment)
    }

    @Test("a closed port, a wrong APO public key and a wrong merchant private key each name their flag")
    func preflight() async throws {
        let served = try await ServedMockAPO(binary: binary, directory: directory)
        let keys = served.keys.path
        let down = try PortHold()
        defer { down.release() }
        let closed = try await play([
            "--apo", "http://127.0.0.1:\(down.port)", "--client-id", ServedMockAPO.clientId,
            "--merchant-private-key", served.merchantPrivateKey, "--apo-public-key", served.apoPublicKey,
        ])
        #expect(closed.status == 2)
        #expect(closed.output.contains("--apo http://127.0.0.1:") && closed.output.contains("cannot connect"), "\(closed.output)")
        #expect(!closed.output.contains("createPaymentSession"))

        let wrongAPOKey = try await play([
            "--apo", served.url, "--client-id", ServedMockAPO.clientId,
            "--merchant-private-key", served.merchantPrivateKey, "--apo-public-key", "\(keys)/merchant-public.pem",
        ])
        #expect(wrongAPOKey.status == 2)
        #expect(wrongAPOKey.output.contains("--apo-public-key \(keys)/merchant-public.pem: the APO's answer does not verify"), "\(wrongAPOKey.output)")

        let otherKeys = directory.appendingPathComponent("other-keys").path
        _ = try await Subprocess.run(binary, ["keys", "generate", "--out", otherKeys], environment: ProcessInfo.processInfo.environment)
        let wrongMerchantKey = try await play([
            "--apo", served.url, "--client-id", ServedMockAPO.clientId,
            "--merchant-private-key", "\(otherKeys)/merchant-private.pem", "--apo-public-key", served.apoPublicKey,
        ])
        #expect(wrongMerchantKey.status == 2)
        #expect(wrongMerchantKey.output.contains("--merchant-private-key \(otherKeys)/merchant-private.pem: the APO at"), "\(wrongMerchantKey.output)")
        await served.stop()
    }
}
