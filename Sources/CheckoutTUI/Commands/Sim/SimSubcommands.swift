import ArgumentParser
import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation

/// `checkout-tui sim force decline:DO_NOT_HONOR [--payment-request-id ID]`.
struct SimForceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "force",
        abstract: "Queue outcomes for the next payments, or for one paymentRequestId.",
        discussion: "Outcomes: \(ForcedOutcome.stepNames.joined(separator: ", ")).")

    @Argument(help: "One or more outcomes, oldest first.")
    var outcomes: [String]

    @Option(name: .long, help: "Only payments (or the session) of this paymentRequestId take them.")
    var paymentRequestId: String?

    @Option(name: .long, help: "The merchant whose payments take them, when the server hosts several (--merchants).")
    var clientId: String?

    @OptionGroup var server: SimServerOptions

    func validate() throws {
        for name in outcomes where ForcedOutcome(stepName: name) == nil {
            throw ValidationError("unknown outcome '\(name)' (known: \(ForcedOutcome.stepNames.joined(separator: ", ")))")
        }
    }

    func run() async throws {
        let forced = outcomes.compactMap(ForcedOutcome.init(stepName:))
        try await SimSession.run(server) { client throws(SimulatorControlError) in
            try await client.force(forced, paymentRequestId: paymentRequestId, clientId: clientId)
        }
    }
}

/// `checkout-tui sim clock 2h` or `checkout-tui sim clock --next-notification`.
struct SimClockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock",
        abstract: "Move the server's simulated clock on: expiries, delayed results and due retries follow.")

    @Argument(help: "How far: seconds, or 90s, 15m, 2h, 7d.")
    var advance: String?

    @Flag(name: .long, help: "Move to the moment the next notification attempt is due.")
    var nextNotification = false

    @OptionGroup var server: SimServerOptions

    func validate() throws {
        switch (advance, nextNotification) {
        case (nil, false): throw ValidationError("give how far to move the clock (90s, 15m, 2h, 7d) or --next-notification")
        case (.some, true): throw ValidationError("give either an amount or --next-notification, not both")
        case (let text?, false) where SimulatedDuration.seconds(text) == nil:
            throw ValidationError("'\(text)' is not an amount of time: expected \(SimulatedDuration.examples)")
        default: break
        }
    }

    func run() async throws {
        let seconds = advance.flatMap(SimulatedDuration.seconds)
        try await SimSession.run(server) { client throws(SimulatorControlError) in
            try await client.advanceClock(by: seconds)
        }
    }
}

/// `checkout-tui sim reset`.
struct SimResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget every record, forced outcome and notification, and put the clock back on the machine's time.")

    @OptionGroup var server: SimServerOptions

    func run() async throws {
        try await SimSession.run(server) { client throws(SimulatorControlError) in try await client.reset() }
    }
}

/// `checkout-tui sim state`.
struct SimStateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Show the server's simulated time, queued outcomes and next notification.")

    @OptionGroup var server: SimServerOptions

    func run() async throws {
        try await SimSession.run(server) { client throws(SimulatorControlError) in try await client.state() }
    }
}

/// `checkout-tui sim notifications [--payment-request-id ID]`.
struct SimNotificationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications", abstract: "List the notification attempts the server has made, signed as sent.")

    @Option(name: .long, help: "Only those of this paymentRequestId.")
    var paymentRequestId: String?

    @OptionGroup var server: SimServerOptions

    func run() async throws {
        let http = GatewayHTTPClient.make()
        let listing = SimulatorNotificationsClient(baseURL: server.apo, httpClient: http)
        let result: Result<[SignedNotification], APOClientError>
        do {
            result = .success(try await listing.list(paymentRequestId: paymentRequestId))
        } catch {
            result = .failure(error)
        }
        try? await http.shutdown()
        let list = try result.mapError { CommandFailure("\(server.apo): \($0.description)") }.get()
        if server.json {
            print(String(decoding: WireCoding.encode(list), as: UTF8.self))
            return
        }
        if list.isEmpty { print("no notification attempts" + (paymentRequestId.map { " for \($0)" } ?? "")) }
        for attempt in list {
            print(SimSummary.line(attempt))
        }
    }
}
