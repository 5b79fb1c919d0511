import CheckoutDomain
import Foundation

/// What the app reads but never changes: the scenario, the merchant's site with its pages, time and glyphs.
public struct AppEnvironment: Sendable {
    public var scenario: Scenario
    /// The bundled name or path the scenario was opened by, for the header.
    public var scenarioName: String
    /// The merchant's integration: the rules around the embedded page and the result page.
    public var site: MerchantSite
    /// Read once per message: the same clock the APO runs on, so timers and timestamps agree.
    public var clock: any WallClock
    /// The zone timeline and header times are written in (UTC in tests, the machine's zone live).
    public var timeZone: TimeZone
    public var glyphs: Glyphs
    /// Explain mode's knowledge base, in the session's locale, read when first asked for.
    public var explainSource: DeferredExplainer
    /// Open with the explain pane shown (`--explain`).
    public var explainsAtStart = false
    /// The runner can force outcomes and travel in time (the in-process mock); otherwise the menus say so.
    public var offersSimulationControls = false
    /// Keys of the scenario file that nothing reads; the timeline starts with them.
    public var scenarioWarnings: [ScenarioWarning] = []

    public init(
        scenario: Scenario, scenarioName: String, site: MerchantSite, clock: any WallClock, timeZone: TimeZone,
        glyphs: Glyphs, explainer: Explainer? = nil
    ) {
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.site = site
        self.clock = clock
        self.timeZone = timeZone
        self.glyphs = glyphs
        explainSource = DeferredExplainer { explainer }
    }

    /// An environment with the bundled catalog, currencies and strings; the explain knowledge base is read when the
    /// pane first needs it.
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
        let site = MerchantSite(
            page: page, resultPage: MerchantResultPage(catalog: page.catalog, strings: page.strings, money: page.money),
            sessionRequest: scenario.createPaymentSession, mode: mode,
            behaviour: scenario.merchantBehaviour, ids: ids, savedCards: ScenarioVault.savedCards(of: scenario))
        var environment = AppEnvironment(
            scenario: scenario, scenarioName: scenarioName, site: site, clock: clock, timeZone: timeZone, glyphs: glyphs)
        environment.explainSource = .bundled(locale: scenario.createPaymentSession.locale)
        return environment
    }

    /// Explain mode's knowledge base, in the session's locale; nil leaves the pane with the timeline's own words.
    public var explainer: Explainer? { explainSource.explainer }

    /// Embedded in the merchant's order page, or full-screen as the hosted page at `normalUrl`.
    public var mode: CheckoutMode { site.mode }
    /// The embedded Checkout Page's machine.
    public var page: CheckoutPage { site.page }
    /// The merchant result page's machine.
    public var merchantPage: MerchantResultPage { site.resultPage }

    /// The money format of the scenario's locale (`S$60.00`, `49,99 zł`).
    func format(_ amount: Amount) -> String {
        page.money.format(amount, locale: scenario.createPaymentSession.locale ?? "en_US")
    }

    /// What the merchant charges: `paymentAmount`, else the order amount.
    var paymentAmount: Amount? { site.paymentAmount }
}

/// Why the app could not be set up from the bundled data.
public enum AppSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case page(PageSetupError)

    public var description: String {
        switch self {
        case .page(let error): "the Checkout Page's bundled data: \(error)"
        }
    }
}
