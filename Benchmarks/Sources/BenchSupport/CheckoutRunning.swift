/// One way of running a whole card checkout, timed by `Figures.checkouts`.
@MainActor
public protocol CheckoutRunning {
    /// Runs one checkout to its end; true when the merchant's inquiryPayment says SUCCESS.
    func checkout() async -> Bool
}
