import ArgumentParser

/// `checkout-tui sim force|clock|reset|state|notifications --apo URL`: the simulation levers of a running
/// `checkout-tui serve`, over `/sim/v1/control` (docs/http.md).
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Force outcomes, move the clock, reset or inspect a running `checkout-tui serve`.",
        discussion: "Each subcommand calls /sim/v1/control (or /sim/v1/notifications) on the server named by --apo; "
            + "it must run on this host. See docs/http.md.",
        subcommands: [
            SimForceCommand.self, SimClockCommand.self, SimResetCommand.self, SimStateCommand.self,
            SimNotificationsCommand.self,
        ])
}

/// Where the server is and how to get past its `--control-token`.
struct SimServerOptions: ParsableArguments {
    @Option(name: .long, help: "The `checkout-tui serve` to control.")
    var apo = "http://127.0.0.1:8480"

    @Option(name: .long, help: "The server's --control-token, when it was started with one (default: $CHECKOUT_TUI_CONTROL_TOKEN).")
    var controlToken: String?

    @Flag(name: .long, help: "Print the server's JSON answer instead of a summary.")
    var json = false

    func validate() throws {
        guard apo.hasPrefix("http://") || apo.hasPrefix("https://") else {
            throw ValidationError("--apo must be an http:// or https:// URL, not '\(apo)'")
        }
    }
}
