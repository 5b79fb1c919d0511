import Foundation

/// A banner above the method list saying what just went wrong, until the buyer acts.
public enum PageAlert: Hashable, Sendable {
    /// Pay was pressed with these fields invalid (in form order).
    case formInvalid([FormField])
    /// Pay was pressed with no method chosen.
    case chooseMethod
    /// The payment did not reach the APO; Pay again to retry.
    case networkError(reason: String)
    /// The wallet's or bank's page could not be opened (no usable URL).
    case walletUnreachable(paymentMethodType: PaymentMethodType)
    /// Seed 003: a card payment on a session without `order.buyer` info fails on the page; cards are disabled.
    case cardNeedsBuyerInfo(resultCode: ResultCode, message: String?)
}
