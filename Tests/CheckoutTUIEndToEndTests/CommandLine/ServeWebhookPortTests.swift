import Foundation
import Testing

/// `serve --webhook-port`: the simulator's merchant receiver is part of the server. Seen before: on a port another
/// program held, serve logged "merchant webhook receiver stopped: … Address already in use" and went on listening,
/// so every notification went to the other program.
@Suite("serve --webhook-port")
struct ServeWebhookPortTests {
    @Test("a busy --webhook-port stops serve before it listens, naming the flag, the port and what to do")
    func busyWebhookPort() async throws {
        let binary = try BuiltBinary.path()
        let workspace = try ServeWorkspace()
        defer { workspace.remove() }
        let busy = try PortHold()
        defer { busy.release() }
        let log = workspace.serveLog()
        do {
            let served = try await ServeProcess.start(
                binary: binary,
                arguments: [
                    "--keys-dir", workspace.keys.path, "--port", "0", "--data-dir", workspace.data.path,
                    "--webhook-port", "\(busy.port)",
                ],
                outputPath: log)
            served.stopNow()
            Issue.record("serve listened although --webhook-port \(busy.port) was taken:\n\(served.output)")
        } catch let error as E2EError {
            #expect(error.description.contains("exited (wait status 256) before listening"), "\(error)")
            let output = try String(contentsOfFile: log, encoding: .utf8)
            #expect(
                output.contains("--webhook-port \(busy.port) is in use on 127.0.0.1")
                    && output.contains("--webhook-port 0 to let the system pick one"),
                "\(output)")
        }
    }
}
