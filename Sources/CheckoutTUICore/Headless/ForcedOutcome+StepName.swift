import CheckoutDomain
import Foundation

extension ForcedOutcome {
    /// The names a steps file uses: `success`, `decline:CODE`, `challenge`, `processingThenSuccess:SECONDS`,
    /// `riskReject`, `sessionTimeout`, `captureFailure` (or `captureFailure:CODE`).
    static let stepNames = [
        "success", "decline:<paymentResultCode>", "challenge", "processingThenSuccess:<seconds>", "riskReject",
        "sessionTimeout", "captureFailure[:<resultCode>]",
    ]

    /// The code a forced capture failure carries when the steps file names none.
    static let defaultCaptureFailureCode = ResultCode.processFail

    /// Parses one of `stepNames`; nil when the text is none of them.
    init?(stepName: String) {
        let parts = stepName.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count == 2 ? parts[1] : nil) {
        case ("success", nil): self = .success
        case ("challenge", nil): self = .challenge
        case ("riskReject", nil): self = .riskReject
        case ("sessionTimeout", nil): self = .sessionTimeout
        case ("captureFailure", nil): self = .captureFailure(resultCode: Self.defaultCaptureFailureCode)
        case ("captureFailure", let code?) where !code.isEmpty: self = .captureFailure(resultCode: code)
        case ("decline", let code?) where !code.isEmpty: self = .decline(paymentResultCode: code)
        case ("processingThenSuccess", let seconds?):
            guard let after = TimeInterval(seconds), after >= 0 else { return nil }
            self = .processingThenSuccess(after: after)
        default: return nil
        }
    }
}
