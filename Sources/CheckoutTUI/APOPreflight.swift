import CheckoutDomain
import Foundation

/// One signed `inquiryPayment` of an id nobody used, sent before a run over HTTP: a closed port, a wrong address,
/// a client id the APO does not know or a key that does not match then fails in seconds naming the flag at fault,
/// instead of a page that never loads and a message about the scenario's body.
///
/// Any answer that is signed and authenticated passes (ORDER_NOT_EXIST is the usual one, from `checkout-tui serve`
/// and Antom's gateway alike).
enum APOPreflight {
    static func check(_ apo: any APOClient, options: GatewayOptions) async throws(CommandFailure) {
        let url = options.apo ?? ""
        let answer: InquiryPaymentResponse
        do {
            answer = try await apo.inquiryPayment(
                InquiryPaymentRequest(paymentRequestId: "CHECKOUT_TUI_PREFLIGHT_\(UUID().uuidString)"))
        } catch {
            throw CommandFailure(message(for: error, url: url, options: options))
        }
        let result = answer.result
        let said = result.resultMessage.map { ": \($0)" } ?? ""
        switch result.resultCode {
        case ResultCode.invalidSignature, ResultCode.keyNotFound:
            throw CommandFailure(
                "--merchant-private-key \(options.merchantPrivateKey ?? ""): the APO at \(url) rejected the request's "
                    + "signature (\(result.resultCode)\(said)). Use the merchant private key whose public key the APO "
                    + "holds (for `checkout-tui serve --keys-dir DIR`: DIR/merchant-private.pem)")
        case ResultCode.invalidClient, ResultCode.accessDenied:
            throw CommandFailure(
                "--client-id \(options.clientId ?? ""): the APO at \(url) does not accept this client "
                    + "(\(result.resultCode)\(said)). Use the client id the APO was set up with")
        case ResultCode.noInterfaceDef:
            throw CommandFailure(
                "--apo \(url): the server there does not serve Antom's payment APIs (\(result.resultCode)\(said)). "
                    + "Give the APO's base address, like http://127.0.0.1:8480")
        default:
            return
        }
    }

    private static func message(for error: APOClientError, url: String, options: GatewayOptions) -> String {
        switch error {
        case .unreachable(_, let reason):
            "--apo \(url): cannot connect (\(reason)). Start the APO there (`checkout-tui serve --keys-dir keys` "
                + "listens on http://127.0.0.1:8480) or give the address it listens on"
        case .timeout(_, let seconds):
            "--apo \(url): no answer within \(Int(seconds)) s. Check that the address is the APO's and that it is running"
        case .badResponse(_, let reason):
            "--apo \(url): the answer is not an Antom API answer (\(reason)). Give the APO's base address, like "
                + "http://127.0.0.1:8480"
        case .signatureRejected(_, let reason):
            "--apo-public-key \(options.apoPublicKey ?? ""): the APO's answer does not verify with this key "
                + "(\(reason)). Use the APO's public key (for `checkout-tui serve --keys-dir DIR`: DIR/apo-public.pem), "
                + "not the merchant's"
        }
    }
}
