import Foundation
import Testing

/// The built `checkout-tui` in a real terminal (tmux, 100×30, UTF-8, xterm-256color), driven by keys.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, "tmux is not installed (with CI set, this fails instead)"))
struct CheckoutFlowTests {
    private let binary: String
    private let tmux: TmuxSession

    init() throws {
        binary = try BuiltBinary.path()
        tmux = try TmuxSession()
    }

    /// Opens `scenario` from the pane's shell and waits for its method list and the footer's quit key, which is in
    /// the scenario's language.
    private func open(_ scenario: String, showing text: String, quit: String = "q quit") async throws {
        try await tmux.waitForPrompt()
        try tmux.shell("\(binary) --scenario \(scenario)")
        try await tmux.waitFor(text, quit)
    }

    @Test("pay by test card with save-card consent: SDK_PAYMENT_SUCCESSFUL and the notification acked")
    func cardPayment() async throws {
        defer { tmux.kill() }
        try await open("sg-card-first-payment", showing: "› ○ Google Pay")
        try await tmux.moveCursor(to: "Card")
        try tmux.press("Enter")
        try await tmux.waitFor("Card number", "Tab next field")
        try tmux.type("4054695723100768")
        try tmux.press("Tab")
        try tmux.type("1230")
        try tmux.press("Tab")
        try tmux.type("123")
        try tmux.press("Tab")
        try tmux.type("GAGA TEST")
        try tmux.press("Tab", "Space")
        try await tmux.waitFor("Save this card", "Space toggle")
        try tmux.press("Enter")
        try await tmux.waitFor("Payment received", "last event SDK_PAYMENT_SUCCESSFUL")
        try tmux.press("t")
        let timeline = try await tmux.waitFor("SDK_PAYMENT_SUCCESSFUL", "PAYMENT_RESULT · #1 · acked (HTTP 200)")
        #expect(timeline.contains("cardToken"))
        #expect(!timeline.contains("4054695723100768") && !timeline.contains("4054 6957 2310 0768"))
        try tmux.press("q")
        try await tmux.waitForPrompt()
    }

    @Test("Przelewy24 with the prefilled email: continue, approve on the wallet page, success")
    func p24() async throws {
        defer { tmux.kill() }
        // The scenario's locale is pl_PL: the footer says "q wyjdź" and "Esc wstecz".
        try await open("pl-p24-prefilled-email", showing: "› ○ Przelewy24", quit: "q wyjdź")
        try tmux.press("Enter")
        try await tmux.waitFor("123221321@test.com", "prefilled")
        try tmux.press("Enter")
        try await tmux.waitFor("Esc wstecz")
        try tmux.press("Enter")
        try await tmux.waitFor("SDK_CALL_URL_SUCCESS")
        try tmux.press("Enter")
        try await tmux.waitFor("last event SDK_PAYMENT_SUCCESSFUL", "inquiryPayment")
        try tmux.press("t")
        try await tmux.waitFor("completeRedirect", "paymentStatus SUCCESS", "PAYMENT_RESULT · #1 · acked")
        try tmux.press("q")
        try await tmux.waitForPrompt()
    }

    /// The terminal's settings after q (and every other ending) are checked by `TerminalRestoreTests`.
    @Test("Esc at the top: SDK_PAYMENT_CANCEL; q quits back to the shell")
    func cancelAndQuit() async throws {
        defer { tmux.kill() }
        try await open("sg-card-first-payment", showing: "› ○ Google Pay")
        try tmux.press("Escape")
        try await tmux.waitFor("SDK_PAYMENT_CANCEL", "You left the payment page")
        try tmux.press("q")
        try await tmux.waitForPrompt()
    }
}
