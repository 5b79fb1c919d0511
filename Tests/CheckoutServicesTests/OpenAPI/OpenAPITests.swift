import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 13 item 6: the OpenAPI 3.1 document `serve` answers at /openapi.json, kept in docs/, its operations all
/// served, and (with the Python of .ci/run) valid OpenAPI with a full run's requests and answers matching it.
///
/// Cheap in the full parallel run: no main actor, the document built once per process, one Python process for the
/// whole check, and the full run's ~35 exchanges on a thread of their own (`OwnThreadExecutor`) rather than queued
/// one step at a time behind hundreds of tests on the two-thread cooperative pool. The time limit only stops a hang.
@Suite(.timeLimit(.minutes(6))) struct OpenAPITests {
    let fixture: ServerFixture

    init() throws {
        fixture = try ServerFixture()
    }

    /// docs/openapi.json, found from this file's place in the package.
    static let documentFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "docs/openapi.json")

    @Test("docs/openapi.json is the document served at /openapi.json (RECORD_SNAPSHOTS=1 rewrites it)")
    func keptInDocs() async throws {
        let served = try await fixture.application().test(.router) { client in
            try await client.execute(uri: OpenAPIDocument.path, method: .get) { GatewayReply($0) }
        }
        #expect(served.status == .ok)
        #expect(served.body == OpenAPIDocument.data)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try OpenAPIDocument.data.write(to: Self.documentFile)
            Issue.record("Recorded docs/openapi.json; run again without RECORD_SNAPSHOTS to compare.")
            return
        }
        let kept = try Data(contentsOf: Self.documentFile)
        #expect(kept == OpenAPIDocument.data, "docs/openapi.json is not what serve answers: run with RECORD_SNAPSHOTS=1")
    }

    @Test("every operation of the document is one the server routes, and every route of the tables is in it")
    func operationsAreServed() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(paths.count == 2 * APOEndpoint.allCases.count + SimulatorRoute.allCases.count + 1)
        for route in SimulatorRoute.allCases {
            #expect(paths[route.path]?[route.method.rawValue.lowercased()] != nil, "\(route.path)")
        }
        let operations = paths.flatMap { path, methods in methods.keys.map { (path, $0) } }
        // With the simulation's levers, as serve has them.
        let app = Application(
            responder: SimulatorResponder(
                apo: fixture.apo, keys: fixture.keys, notifications: fixture.sink,
                money: MoneyFormatter(currencies: try .bundled()), logger: fixture.logs.logger,
                clock: OffsetClock(base: fixture.clock)))
        try await app.test(.router) { client in
            for (path, method) in operations {
                do {
                    let reply = try await client.execute(
                        uri: path, method: HTTPRequest.Method(method.uppercased())!, headers: [.contentType: "application/json"],
                        body: ByteBuffer(string: "{}")
                    ) { GatewayReply($0) }
                    let code = reply.result?.resultCode
                    #expect(code != ResultCode.noInterfaceDef && code != ResultCode.methodNotSupported, "\(method) \(path): \(reply.text)")
                }
            }
        }
    }

    @Test("the document is valid OpenAPI 3.1 and a full run's requests and answers match it", PythonProcess.enabled)
    func fullRunMatches() async throws {
        guard let python = PythonProcess.python else {
            Issue.record("CHECKOUT_PY is not set under CI; .ci/run's python block must export it")
            return
        }
        let script = try #require(Bundle.module.url(forResource: "Fixtures/openapi/openapi_check", withExtension: "py"))
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let exchanges = try await withTaskExecutorPreference(OwnThreadExecutor()) { [fixture] in
            try await LoopbackServer.withMockAPO(fixture) { address in
                let http = GatewayHTTPClient.make()
                let run = ExchangeRecorder(baseURL: address.baseURL, http: http, fixture: fixture)
                do {
                    try await run.fullRun()
                } catch {
                    try await http.shutdown()
                    throw error
                }
                try await http.shutdown()
                return run.recorded
            }
        }
        #expect(exchanges.count >= 30)
        let documentFile = directory.url.appending(path: "openapi.json")
        let exchangesFile = directory.url.appending(path: "exchanges.json")
        try OpenAPIDocument.data.write(to: documentFile)
        try WireCoding.encode(exchanges).write(to: exchangesFile)
        let check = try await PythonProcess.run(
            python, [script.path, documentFile.path, exchangesFile.path], outputDirectory: directory.url)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("\(exchanges.count) passed, 0 failed"), "\(check.output)")
    }
}
