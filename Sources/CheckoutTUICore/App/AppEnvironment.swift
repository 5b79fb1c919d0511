import CheckoutDomain
import Foundation

/// What the app reads but never changes: the scenario, the page and merchant-page machines, time, ids and glyphs.
public struct AppEnvironment: Sendable {
    public var scenario: Scenario
    /// The bundled name or path the scenario was opened by, for the header.
    public var scenarioName: String
    /// Embedded in the merchant's order page, or full-screen as the hosted page at `normalUrl`.
    public var mode: CheckoutMode
    public var page: CheckoutPage
    public var merchantPage: MerchantResultPage
    /// Read once per message: the same clock the APO runs on, so timers and timestamps agree.
    public var clock: any WallClock
    /// Mints the merchant's captureRequestId and refundRequestId.
    public var ids: any IDGenerator
    /// The zone timeline and header times are written in (UTC in tests, the machine's zone live).
    public var timeZone: TimeZone
    public var glyphs: Glyphs
    /// Explain mode's knowledge base, in the session's locale; nil leaves the pane with the timeline's own words.
    public var explainer: Explainer?
    /// Open with the explain pane shown (`--explain`).
    public var explainsAtStart = false
    /// The runner can force outcomes and travel in time (the in-process mock); otherwise the menus say so.
    public var offersSimulationControls = false
    /// Keys of the scenario file that nothing reads; the timeline starts with them.
    public var scenarioWarnings: [ScenarioWarning] = []

    public init(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, page: CheckoutPage,
        merchantPage: MerchantResultPage, clock: any WallClock, ids: any IDGenerator, timeZone: TimeZone,
        glyphs: Glyphs, explainer: Explainer? = nil
    ) {
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.mode = mode
        self.page = page
        self.merchantPage = merchantPage
        self.clock = clock
        self.ids = ids
        self.timeZone = timeZone
        self.glyphs = glyphs
        self.explainer = explainer
    }

    /// An environment with the bundled catalog, currencies, strings and explain knowledge base.
    public static func bundled(
        scenario: Scenario, scenarioName: String, mode: CheckoutMode, clock: any WallClock, ids: any IDGenerator,
        timeZone: TimeZone = .current, glyphs: Glyphs = .unicode
    ) throws(AppSetupError) -> AppEnvironment {
        let page: CheckoutPage
        do throws(PageSetupError) {
            page = try CheckoutPage.bundled()
        } catch {
            throw .page(error)
        }
        let explainer: Explainer
        do throws(LocaleTableError) {
            explainer = try Explainer.bundled(locale: scenario.createPaymentSession.locale)
        } catch {
            throw .explain(error)
        }
        return AppEnvironment(
            scenario: scenario, scenarioName: scenarioName, mode: mode, page: page,
            merchantPage: MerchantResultPage(catalog: page.catalog, strings: page.strings), clock: clock, ids: ids,
            timeZone: timeZone, glyphs: glyphs, explainer: explainer)
    }

    /// The money format of the scenario's locale (`S$60.00`, `49,99 zł`).
    func format(_ amount: Amount) -> String {
        page.money.format(amount, locale: scenario.createPaymentSession.locale ?? "en_US")
    }

    /// What the merchant charges: `paymentAmount`, else the order amount.
    var paymentAmount: Amount? {
        let request = scenario.createPaymentSession
        return request.paymentAmount ?? request.order?.orderAmount
    }

    /// `paymentFactor.captureMode` MANUAL: the merchant captures the authorisation itself.
    var capturesManually: Bool {
        scenario.createPaymentSession.paymentFactor?.captureMode?.uppercased() == "MANUAL"
    }
}

/// Why the app could not be set up from the bundled data.
public enum AppSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case page(PageSetupError)
    case explain(LocaleTableError)

    public var description: String {
        switch self {
        case .page(let error): "the Checkout Page's bundled data: \(error)"
        case .explain(let error): "explain mode's knowledge base: \(error)"
        }
    }
}
