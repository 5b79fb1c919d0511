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

    @Option(name: .long, help: "The client-id merchants must send; SANDBOX_ ids use /ams/sandbox/api paths.")
    var clientId = MockAPOConfig().clientId

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

    @Option(name: .long, help: "Also run the simulator's merchant webhook receiver on this port (8080 is where the bundled scenarios' paymentNotifyUrl points): it verifies each notification's signature with the APO public key and answers the exact ack.")
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

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0...65535, not \(port)") }
        guard timeScale >= 1, timeScale.isFinite else {
            throw ValidationError("--time-scale must be a number of at least 1, not \(timeScale)")
        }
        guard !clientId.isEmpty else { throw ValidationError("--client-id must not be empty") }
        if let webhookPort, !(1...65_535).contains(webhookPort) {
            throw ValidationError("--webhook-port must be 1...65535, not \(webhookPort)")
        }
        guard webhookFailFirst >= 0 else { throw ValidationError("--webhook-fail-first must not be negative") }
        if let notifyUrl, !WebAddress.isHTTP(notifyUrl) {
            throw ValidationError("--notify-url must be an http or https URL such as https://merchant.example/notify, not \(notifyUrl)")
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
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = Logger(label: "checkout-tui.serve")
        let keys = try loadKeys()
        let directory = dataDir.map { URL(fileURLWithPath: $0) } ?? StoreDirectory.defaultURL()
        let store: SQLiteAPOStore
        do {
            try DataDirectory.prepare(directory)
        } catch {
            throw CommandFailure(error.description)
        }
        do {
            store = try SQLiteAPOStore(directory: directory, creatingDirectory: true)
        } catch {
            throw CommandFailure(error.description)
        }
        logger.info("records in \(store.databaseURL.path)")
        let answer = try merchantAnswer()
        let poster = notify == .http ? HTTPNotificationSink(signingKey: keys.apoPrivateKey) : nil
        let server = MockAPOServer(
            configuration: MockAPOServerConfiguration(
                host: host, port: port, keys: keys, timeScale: timeScale, dashboardNotifyUrl: notifyUrl),
            store: store, logger: logger, merchant: poster ?? MerchantWebhookReceiver(answer: answer))
        let webhooks = webhookPort.map { port in
            MerchantWebhookServer(
                receiver: WebhookReceiver(apoPublicKey: keys.apoPrivateKey.verifyingKey, answer: answer),
                host: host, port: port, logger: logger)
        }
        if answer != .ack { logger.info("merchant endpoint answers: \(answer.summary)") }
        let receiverTask = webhooks.map { server in
            Task {
                do { try await server.run() } catch { logger.error("merchant webhook receiver stopped: \(error)") }
            }
        }
        defer { receiverTask?.cancel() }
        let outcome: Result<Void, MockAPOServerError>
        do {
            try await server.run(handlesSignals: true) { address in
                // Written at once, not buffered, so a script waiting for this line sees it.
                let line = "checkout-tui serve: listening on \(address.baseURL) (client-id \(keys.clientId)); Ctrl-C stops\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        // AsyncHTTPClient requires an explicit shutdown before its client is released.
        try? await poster?.shutdown()
        if case .failure(let error) = outcome { throw CommandFailure(error.description) }
    }

    private func loadKeys() throws -> GatewayKeys {
        let directory = URL(fileURLWithPath: keysDir)
        let publicFile = merchantPublicKey.map { URL(fileURLWithPath: $0) }
            ?? KeyPairRole.merchant.publicKeyFile(in: directory)
        let privateFile = apoPrivateKey.map { URL(fileURLWithPath: $0) } ?? KeyPairRole.apo.privateKeyFile(in: directory)
        do {
            return GatewayKeys(
                clientId: clientId, merchantPublicKey: try VerifyingKey(contentsOf: publicFile),
                apoPrivateKey: try SigningKey(contentsOf: privateFile))
        } catch {
            if case .missing(let path) = error {
                throw CommandFailure(
                    "key file \(path) does not exist; run `checkout-tui keys generate --out \(keysDir)` "
                        + "or pass --merchant-public-key and --apo-private-key")
            }
            throw CommandFailure(error.description)
        }
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
