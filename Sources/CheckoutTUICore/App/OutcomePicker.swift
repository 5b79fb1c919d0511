import CheckoutDomain
import Foundation

/// The outcome picker's state: which list is shown, where its cursor is, and what it last had to say.
public struct OutcomePicker: Equatable, Sendable {
    /// The two lists: the outcomes, and the decline codes behind "decline…".
    public enum Level: Equatable, Sendable {
        case outcomes
        case declineCodes
    }

    public internal(set) var level = Level.outcomes
    public internal(set) var cursor = 0
    /// Why the last choice did nothing, shown in the box in the session's language.
    public internal(set) var notice: StringKey?

    /// The `paymentResultCode`s a forced decline can carry: the issuer's and the wallet's refusals Antom documents.
    static let declineCodes = [
        ResultCode.doNotHonor, ResultCode.cardExpired, ResultCode.invalidCVV, ResultCode.invalidExpirationDate,
        ResultCode.userBalanceNotEnough, ResultCode.userPaymentVerificationFailed, ResultCode.paymentAmountExceedLimit,
        ResultCode.cardNotSupported, ResultCode.processFail,
    ]

    /// How many rows the current list has.
    var rowCount: Int { level == .outcomes ? OutcomeChoice.allCases.count : Self.declineCodes.count }
}

/// One row of the picker's first list.
enum OutcomeChoice: CaseIterable, Hashable, Sendable {
    case success
    case decline
    case challenge
    case processingThenSuccess
    case riskReject
    case sessionTimeout
    case captureFailure

    /// A forced pending payment completes this long after it was made: two `+1 min` jumps, or one `+14 min`.
    static let processingDelay: TimeInterval = 120

    /// The row's text, in the session's language.
    var label: StringKey {
        switch self {
        case .success: .leverSuccess
        case .decline: .leverDecline
        case .challenge: .leverChallenge
        case .processingThenSuccess: .leverProcessingThenSuccess
        case .riskReject: .leverRiskReject
        case .sessionTimeout: .leverSessionTimeout
        case .captureFailure: .leverCaptureFailure
        }
    }

    /// What it queues on the mock; nil for the row that opens the decline codes.
    var outcome: ForcedOutcome? {
        switch self {
        case .success: .success
        case .decline: nil
        case .challenge: .challenge
        case .processingThenSuccess: .processingThenSuccess(after: Self.processingDelay)
        case .riskReject: .riskReject
        case .sessionTimeout: .sessionTimeout
        case .captureFailure: .captureFailure(resultCode: ResultCode.processFail)
        }
    }
}

/// The time-travel menu's state.
public struct TimeTravelMenu: Equatable, Sendable {
    public internal(set) var cursor = 0
}
