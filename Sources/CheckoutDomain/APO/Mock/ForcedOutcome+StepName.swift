import Foundation

extension ForcedOutcome {
    /// The names steps files, `/sim/v1/control/outcomes` and `checkout-tui sim force` use: `success`,
    /// `decline:CODE`, `challenge`, `processingThenSuccess:SECONDS`, `riskReject`, `sessionTimeout`,
    /// `captureFailure` (or `captureFailure:CODE`).
    public static let stepNames = [
        "success", "decline:<paymentResultCode>", "challenge", "processingThenSuccess:<seconds>", "riskReject",
        "sessionTimeout", "captureFailure[:<resultCode>]",
    ]

    /// The code a forced capture failure carries when none is named.
    public static let defaultCaptureFailureCode = ResultCode.processFail

    /// Parses one of `stepNames`; nil when the text is none of them.
    public init?(stepName: String) {
        let parts = stepName.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count == 2 ? parts[1] : nil) {
        case ("success", nil): self = .success
        case ("challenge", nil): self = .challenge
        case ("riskReject", nil): self = .riskReject
        case ("sessionTimeout", nil): self = .sessionTimeout
        case ("captureFailure", nil): self = .captureFailure(resultCode: Self.defaultCaptureFailureCode)
        case ("captureFailure", let code?) where !code.isEmpty: self = .captureFailure(resultCode: ResultCode(rawValue: code))
        case ("decline", let code?) where !code.isEmpty: self = .decline(paymentResultCode: ResultCode(rawValue: code))
        case ("processingThenSuccess", let seconds?):
            guard let after = TimeInterval(seconds), after >= 0, after.isFinite else { return nil }
            self = .processingThenSuccess(after: after)
        default: return nil
        }
    }

    /// The outcome as `init(stepName:)` reads it back.
    public var stepName: String {
        switch self {
        case .success: "success"
        case .decline(let code): "decline:\(code)"
        case .challenge: "challenge"
        case .processingThenSuccess(let after):
            after == after.rounded() && abs(after) < 1e15 ? "processingThenSuccess:\(Int(after))" : "processingThenSuccess:\(after)"
        case .riskReject: "riskReject"
        case .sessionTimeout: "sessionTimeout"
        case .captureFailure(let code): "captureFailure:\(code)"
        }
    }
}
