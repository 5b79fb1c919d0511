import CheckoutDomain

/// What checking one exchange against the restarted server found.
struct ExchangeCheck: Sendable {
    var problems: [String] = []
    /// A SUCCESS payment that owes a PAYMENT_RESULT: its paymentRequestId and paymentId.
    var paid: PaidPayment?
    /// For a pay that got no answer before the kill: whether the restarted server already had it.
    var unansweredPayFound: Bool?
}

/// A payment the merchant must be notified of.
struct PaidPayment: Hashable, Sendable {
    let paymentRequestId: String
    let paymentId: String
}

/// The checks after the restart, one exchange at a time, through the merchant's signed client.
///
/// Replays are compared by the whole answer body, re-encoded from the decoded answer: `serve` writes
/// `WireCoding.encode(response)` of the same `Codable` types, so the re-encoding is the body it sent. Antom
/// promises that a repeated paymentRequestId with the same parameters gets the same result once the first has
/// reached S or F (and the mock keeps the first S/F answer and returns it byte for byte), so every field must
/// match: result, paymentId, amounts, times, session data and URLs. Not compared: the `response-time` and
/// `signature` headers, which belong to each answer (the client has already verified the signature over the
/// body it received), and the `Request-Time` and `Signature` the client sends, new for every call.
struct RestartChecks: Sendable {
    let client: any APOClient

    func check(_ exchange: CrashExchange) async -> ExchangeCheck {
        switch (exchange.request, exchange.answer) {
        case (.pay, let answer?): await checkAcknowledgedPay(exchange, answer)
        case (.session, let answer?): await checkReplay(exchange, answer)
        case (.pay, nil): await checkUnansweredPay(exchange)
        case (.session, nil): await checkUnansweredSession(exchange)
        }
    }

    /// Still there, with the paymentId and status acknowledged, and the replay answers the same body.
    private func checkAcknowledgedPay(
        _ exchange: CrashExchange, _ answer: CrashExchange.Answer
    ) async -> ExchangeCheck {
        let id = exchange.paymentRequestId
        var check = ExchangeCheck()
        guard answer.result.resultStatus == .success, let paymentId = answer.paymentId else {
            check.problems.append(
                "\(id): pay was acknowledged before the kill with \(describe(answer.result)), but every pay of "
                    + "this load should succeed")
            return check
        }
        switch await inquire(id) {
        case .failure(let problem): check.problems.append(problem.description)
        case .success(let inquiry):
            if inquiry.result.resultStatus != .success || inquiry.paymentId != paymentId
                || inquiry.paymentStatus != .success
            {
                check.problems.append(
                    "\(id): acknowledged before the kill as paymentId \(paymentId) SUCCESS; after the restart "
                        + "inquiryPayment answers \(describe(inquiry.result)), "
                        + "paymentId \(inquiry.paymentId ?? "none"), paymentStatus \(inquiry.paymentStatus ?? "none")")
            }
        }
        check.problems += await checkReplay(exchange, answer).problems
        check.paid = PaidPayment(paymentRequestId: id, paymentId: paymentId)
        return check
    }

    private func checkReplay(_ exchange: CrashExchange, _ answer: CrashExchange.Answer) async -> ExchangeCheck {
        let replay = await CrashExchange.send(exchange.request, via: client)
        guard let replayed = replay.answer else {
            return ExchangeCheck(
                problems: [
                    "\(exchange.paymentRequestId): replaying \(exchange.api) after the restart got no answer: "
                        + (replay.failure ?? "unknown failure")
                ])
        }
        guard replayed.body != answer.body else { return ExchangeCheck() }
        return ExchangeCheck(
            problems: [
                "\(exchange.paymentRequestId): the replayed \(exchange.api) answered differently from the answer "
                    + "acknowledged before the kill: \(AnswerDifference.describe(answer.body, replayed.body))"
            ])
    }

    /// In flight at the kill (or sent after it): absent, or there; either way the replay completes it as one
    /// payment, the one the restarted server already had if it had one.
    private func checkUnansweredPay(_ exchange: CrashExchange) async -> ExchangeCheck {
        let id = exchange.paymentRequestId
        var check = ExchangeCheck()
        let before: InquiryPaymentResponse
        switch await inquire(id) {
        case .failure(let problem):
            check.problems.append(problem.description)
            return check
        case .success(let inquiry): before = inquiry
        }
        let found = before.result.resultStatus == .success
        if !found && before.result.resultCode != ResultCode.orderNotExist {
            check.problems.append(
                "\(id): in flight at the kill; after the restart inquiryPayment answers \(describe(before.result)), "
                    + "neither the payment nor ORDER_NOT_EXIST")
        }
        check.unansweredPayFound = found
        let replay = await CrashExchange.send(exchange.request, via: client)
        guard let answer = replay.answer else {
            check.problems.append(
                "\(id): replaying pay after the restart got no answer: \(replay.failure ?? "unknown")")
            return check
        }
        guard answer.result.resultStatus == .success, let paymentId = answer.paymentId else {
            check.problems.append(
                "\(id): in flight at the kill (\(found ? "found" : "absent") after the restart); the replay "
                    + "answered \(describe(answer.result)) instead of completing it")
            return check
        }
        if found, before.paymentId != paymentId {
            check.problems.append(
                "\(id): in flight at the kill and found after the restart as paymentId \(before.paymentId ?? "none"), "
                    + "but the replay answered paymentId \(paymentId): a second payment")
        }
        check.paid = PaidPayment(paymentRequestId: id, paymentId: paymentId)
        return check
    }

    private func checkUnansweredSession(_ exchange: CrashExchange) async -> ExchangeCheck {
        let replay = await CrashExchange.send(exchange.request, via: client)
        guard let answer = replay.answer else {
            return ExchangeCheck(
                problems: [
                    "\(exchange.paymentRequestId): replaying createPaymentSession after the restart got no answer: "
                        + (replay.failure ?? "unknown")
                ])
        }
        guard answer.result.resultStatus == .success else {
            return ExchangeCheck(
                problems: [
                    "\(exchange.paymentRequestId): in flight at the kill; the replayed createPaymentSession answered "
                        + describe(answer.result)
                ])
        }
        return ExchangeCheck()
    }

    private func inquire(_ id: String) async -> Result<InquiryPaymentResponse, InquiryFailure> {
        do {
            return .success(try await client.inquiryPayment(InquiryPaymentRequest(paymentRequestId: id)))
        } catch {
            return .failure(InquiryFailure(description: "\(id): inquiryPayment after the restart failed: \(error)"))
        }
    }

    private func describe(_ result: APOResult) -> String {
        "\(result.resultStatus.rawValue) \(result.resultCode)"
            + (result.resultMessage.map { " (\($0))" } ?? "")
    }
}

/// An inquiry that got no answer, as the problem to report.
struct InquiryFailure: Error, CustomStringConvertible {
    let description: String
}
