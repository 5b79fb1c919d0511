import ArgumentParser
import CheckoutDomain
import CheckoutServices
import Foundation
import Logging

/// `checkout-tui serve`: the mock APO over HTTP, speaking Antom's wire protocol with signatures.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the mock APO over HTTP (Antom's signed APIs, the buyer's pages and /sim/v1).",
        discussion: "Keys come from --keys-dir (made by `checkout-tui keys generate`) unless given one by one. See docs/http.md.")

    /// Where `keys generate` writes and `serve` reads keys when no path is given.
    static let defaultKeysDirectory = "keys"

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port = 8480

    @Option(name: .long, help: "The client-id merchants must send; SANDBOX_ ids use /ams/sandbox/api paths. Default: \(MockAPOConfig().clientId)")
    var clientId: String?

    @Option(name: .long, help: "A JSON file of several merchants, each with its own clientId, merchantPublicKey (a PEM file) and optional notifyUrl, instead of --client-id and --merchant-public-key (docs/http.md).")
    var merchants: String?

    @Option(name: .long, help: "The directory holding merchant-public.pem and apo-private.pem.")
    var keysDir = ServeCommand.defaultKeysDirectory

    @Option(name: .long, help: "PEM file of the merchant's public key (verifies requests). Default: <keys-dir>/merchant-public.pem")
    var merchantPublicKey: String?

    @Option(name: .long, help: "PEM file of the APO's private key (signs responses, notifications). Default: <keys-dir>/apo-private.pem")
    var apoPrivateKey: String?

    @Option(name: .long, help: "A directory for the mock's SQLite records (created if missing; must be writable). Default: $XDG_STATE_HOME/checkout-tui or ~/.local/state/checkout-tui")
    var dataDir: String?

    @Option(name: .long, help: "Where notifications go: `http` posts them, signed, to each paymentNotifyUrl; `in-process` lets the simulator's own merchant acknowledge them.")
    var notify: NotificationDelivery = .http

    @Option(name: .long, help: "Also run the simulator's merchant webhook receiver on this port (8080 is where the bundled scenarios' paymentNotifyUrl points): it verifies each notification's signature with the APO public key and answers the exact ack. 0 lets the system pick a free port; serve prints the receiver's URL either way.")
    var webhookPort: Int?

    @Option(name: .long, help: "With --webhook-port: answer the first N verified notifications with HTTP 500, to show Antom's retries (the same as --webhook-answer http500 --webhook-answer-times N).")
    var webhookFailFirst = 0

    @Option(name: .long, help: "How the merchant endpoint (--webhook-port, or --notify in-process) answers notifications: ack (default), http500, timeout, signatureRejected, or a JSON object as a scenario's merchant.notificationAnswer, like '{\"kind\": \"body\", \"status\": 200, \"body\": \"OK\"}'. See docs/scenarios.md.")
    var webhookAnswer: String?

    @Option(name: .long, help: "With --webhook-answer: answer that way the first N notifications, then ack (default: always).")
    var webhookAnswerTimes: Int?

    @Option(name: .long, help: "Divide the notification retry schedule and timeouts by N (at least 1), for demos.")
    var timeScale: Double = 1

    @Option(name: .long, help: "The notification address set on the Antom Dashboard: where notifications go when a request names no paymentNotifyUrl (or refundNotifyUrl). Without it such notifications are not sent, and the timeline says so.")
    var notifyUrl: String?

    @Option(name: .long, help: "Seconds a client may take from the first byte of a request to the end of its headers (then 408 and closed).")
    var headerTimeout: Double = 10

    @Option(name: .long, help: "Seconds a client may take to send a request body once its headers are in.")
    var bodyTimeout: Double = 30

    @Option(name: .long, help: "Seconds a kept-alive connection may wait for its next request before it is closed.")
    var idleTimeout: Double = 60

    @Option(name: .long, help: "Connections open at once; more wait until one closes. Default: 512, fewer under a low open-files limit (ulimit -n) minus 64.")
    var maxConnections: Int?

    @Option(name: .long, help: "Require `Authorization: Bearer <token>` on /sim/v1/control (forced outcomes, clock, reset); callers must be on this host either way.")
    var controlToken: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0...65535, not \(port)") }
        guard timeScale >= 1, timeScale.isFinite else {
            throw ValidationError("--time-scale must be a number of at least 1, not \(timeScale)")
        }
        if let clientId, clientId.isEmpty { throw ValidationError("--client-id must not be empty") }
        if merchants != nil, clientId != nil || merchantPublicKey != nil {
            throw ValidationError(
                "--merchants replaces --client-id and --merchant-public-key: list that merchant in the file instead")
        }
        if let webhookPort, !(0...65_535).contains(webhookPort) {
            throw ValidationError("--webhook-port must be 0...65535 (0: the system picks a free port), not \(webhookPort)")
        }
        guard webhookFailFirst >= 0 else { throw ValidationError("--webhook-fail-first must not be negative") }
        if let notifyUrl, !WebAddress.isHTTP(notifyUrl) {
            throw ValidationError("--notify-url must be an http or https URL such as https://merchant.example/notify, not \(notifyUrl)")
        }
        for (flag, seconds) in [("--header-timeout", headerTimeout), ("--body-timeout", bodyTimeout), ("--idle-timeout", idleTimeout)]
        where !(seconds > 0 && seconds <= 86_400) {
            throw ValidationError("\(flag) must be a number of seconds above 0 and at most 86400, not \(seconds)")
        }
        if let maxConnections, maxConnections < 1 {
            throw ValidationError("--max-connections must be at least 1, not \(maxConnections)")
        }
        if let controlToken, controlToken.isEmpty || controlToken.contains(where: { $0.isWhitespace || !$0.isASCII }) {
            throw ValidationError("--control-token must be non-empty printable ASCII without spaces")
        }
        _ = try merchantAnswer()
    }

    /// `--webhook-answer` with its times, or `--webhook-fail-first` as HTTP 500s; the two together are refused.
    func merchantAnswer() throws -> NotificationAnswer {
        guard let webhookAnswer else {
            guard webhookAnswerTimes == nil else { throw ValidationError("--webhook-answer-times needs --webhook-answer") }
            return webhookFailFirst > 0 ? NotificationAnswer(kind: .http500, times: webhookFailFirst) : .ack
        }
        guard webhookFailFirst == 0 else {
            throw ValidationError("--webhook-fail-first and --webhook-answer cannot be combined; use --webhook-answer http500 --webhook-answer-times N")
        }
        do {
            return try NotificationAnswer(argument: webhookAnswer, times: webhookAnswerTimes)
        } catch {
            throw ValidationError("--webhook-answer: \(error.description)")
        }
    }

    func run() async throws {
        // Every line masked and with control characters escaped, whoever writes it.
        LoggingSystem.bootstrap { label in SafeLogHandler(LogLineHandler(label: label)) }
        let logger = Logger(label: "checkout-tui.serve")
        let apoKey = try loadKey(SigningKey.init(contentsOf:), apoPrivateKey, role: .apo)
        let served = try servedMerchants()
        let keys = GatewayKeys(
            clientId: served[0].clientId, merchantPublicKey: served[0].merchantPublicKey, apoPrivateKey: apoKey)
        let stores = try openStores(for: served, logger: logger)
        let answer = try merchantAnswer()
        let receiver = try await startWebhookReceiver(keys: keys, answer: answer, logger: logger)
        var configuration = MockAPOServerConfiguration(
            host: host, port: port, keys: keys, timeScale: timeScale, dashboardNotifyUrl: notifyUrl,
            controlToken: controlToken)
        configuration.merchants = served
        configuration.limits = ConnectionLimits(
            headerTimeout: .seconds(headerTimeout), bodyTimeout: .seconds(bodyTimeout), idleTimeout: .seconds(idleTimeout),
            maxConnections: maxConnections ?? ConnectionLimits.defaultMaxConnections)
        let poster = notify == .http
            ? HTTPNotificationSink(signingKey: keys.apoPrivateKey, timeout: configuration.notificationTimeout) : nil
        let server = MockAPOServer(
            configuration: configuration, stores: stores, logger: logger,
            merchant: poster ?? MerchantWebhookReceiver(answer: answer, keeping: .nothing))
        if answer != .ack { logger.info("merchant endpoint answers: \(answer.summary)") }
        let outcome = await Self.serve(server, receiver: receiver, clientIds: served.map(\.clientId))
        // AsyncHTTPClient requires an explicit shutdown before its client is released.
        try? await poster?.shutdown()
        try outcome.get()
    }

    /// Runs the mock until a signal stops it, and with it the webhook receiver, which is part of the server: if the
    /// receiver fails, serve stops and says why.
    private static func serve(_ server: MockAPOServer, receiver: RunningWebhookServer?, clientIds: [String]) async
        -> Result<Void, CommandFailure>
    {
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    do {
                        try await server.run(handlesSignals: true) { address in
                            let ids = clientIds.joined(separator: ", ")
                            announce("listening on \(address.baseURL) (client-id \(ids)); Ctrl-C stops")
                        }
                    } catch let error as MockAPOServerError {
                        throw CommandFailure(error.description)
                    }
                }
                if let receiver {
                    group.addTask {
                        if let failure = await receiver.stopped() {
                            throw CommandFailure(
                                "the merchant webhook receiver on \(receiver.address.baseURL) stopped (\(failure)); "
                                    + "serve stopped with it")
                        }
                    }
                }
                // Whichever ends first ends both.
                try await group.next()
                group.cancelAll()
            }
            return .success(())
        } catch let failure as CommandFailure {
            return .failure(failure)
        } catch {
            return .failure(CommandFailure("the server stopped: \(error)"))
        }
    }

    /// `--webhook-port`'s receiver, listening before the mock announces itself, so notifications posted from the
    /// first request on find it; a port it cannot bind stops serve here, naming the flag.
    private func startWebhookReceiver(keys: GatewayKeys, answer: NotificationAnswer, logger: Logger)
        async throws -> RunningWebhookServer?
    {
        guard let webhookPort else { return nil }
        let server = MerchantWebhookServer(
            receiver: WebhookReceiver(apoPublicKey: keys.apoPrivateKey.verifyingKey, answer: answer),
            host: host, port: webhookPort, logger: logger)
        do {
            let running = try await server.start()
            Self.announce("merchant webhook receiver on \(running.notifyURL)")
            return running
        } catch .portInUse(let host, let port) {
            throw CommandFailure(
                "--webhook-port \(port) is in use on \(host): another server (a merchant server of your own, or another "
                    + "checkout-tui serve --webhook-port) is listening; stop it, pass another port, or pass "
                    + "--webhook-port 0 to let the system pick one (serve prints it)")
        } catch {
            throw CommandFailure("--webhook-port \(webhookPort): \(error.description)")
        }
    }

    /// A `checkout-tui serve: …` line on standard output, written at once, not buffered, so a script waiting for it
    /// sees it.
    private static func announce(_ text: String) {
        FileHandle.standardOutput.write(Data("checkout-tui serve: \(text)\n".utf8))
    }
}

/// Where `serve` sends notifications.
enum NotificationDelivery: String, ExpressibleByArgument, CaseIterable {
    case http
    case inProcess = "in-process"
}

/// A command that could not do its work: ArgumentParser prints `Error: <description>` and exits 1, without the
/// usage text that belongs to mistakes in the command line itself.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
