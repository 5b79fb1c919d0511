import Foundation

/// The embedded Checkout Page as a pure state machine: `reduce` turns actions into state changes and effects.
///
/// It behaves like the component `AMSCheckoutPage.mountComponent({sessionData})` embeds (seed 003) and sends the
/// web SDK's event codes (reference §4). It performs no I/O and reads no clock: time is the `now` passed in.
public struct CheckoutPage: Sendable {
    public let catalog: PaymentMethodCatalog
    public let strings: Strings
    public let money: MoneyFormatter

    public init(catalog: PaymentMethodCatalog, strings: Strings, currencies: CurrencyTable) {
        self.catalog = catalog
        self.strings = strings
        self.money = MoneyFormatter(currencies: currencies)
    }

    /// The page with the bundled catalog, currencies and strings.
    public static func bundled() throws(PageSetupError) -> CheckoutPage {
        let catalog: PaymentMethodCatalog
        let currencies: CurrencyTable
        do throws(CatalogError) {
            catalog = try .bundled()
            currencies = try .bundled()
        } catch {
            throw .catalog(error)
        }
        do throws(LocaleTableError) {
            return CheckoutPage(catalog: catalog, strings: try .bundled(), currencies: currencies)
        } catch {
            throw .strings(error)
        }
    }

    /// Applies `action` at `now`; returns the work the host must do, in order.
    public func reduce(_ state: inout PageState, _ action: PageAction, now: Date) -> [PageEffect] {
        state.now = now
        switch action {
        case .mount(let sessionData, let mode): return mount(sessionData, mode: mode, &state)
        case .unmount: return unmount(&state)
        case .sessionLoaded(let load): return loaded(load, &state)
        case .methodSelected(let type): return select(.method(type), &state)
        case .savedCardSelected(let token): return select(.savedCard(token: token), &state)
        case .fieldFocused(let field): return focus(field, &state)
        case .nextFieldFocused: return moveFocus(by: 1, &state)
        case .previousFieldFocused: return moveFocus(by: -1, &state)
        case .fieldEdited(let field, let text): return edit(field, text, &state)
        case .cardNumberTyped(let text): return edit(.cardNumber, text, &state)
        case .keysTyped(let field, let text): return append(text, to: field, &state)
        case .backspacePressed(let field): return eraseLast(in: field, &state)
        case .saveCardToggled: return toggleSaveCard(&state)
        case .payPressed: return payPressed(&state)
        case .redirectConfirmed: return redirectConfirmed(&state)
        case .challengePassed: return challengeDone(.pass, &state)
        case .challengeFailed: return challengeDone(.fail, &state)
        case .challengeAbandoned: return challengeDone(.abandon, &state)
        case .redirectApproved: return walletDone(.approve, &state)
        case .redirectDeclined: return walletDone(.decline, &state)
        case .redirectAbandoned: return walletDone(.abandon, &state)
        case .retryPressed: return retry(&state)
        case .backPressed: return back(&state)
        case .leavePressed: return leave(&state)
        case .backToMerchantPressed: return backToMerchant(&state)
        case .paymentAnswered(let response): return answered(response, &state)
        case .callFailed(let error): return callFailed(error, &state)
        case .timerFired(let timer): return timerFired(timer, &state)
        }
    }
}

/// Why the bundled page could not be set up.
public enum PageSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    case catalog(CatalogError)
    case strings(LocaleTableError)

    public var description: String {
        switch self {
        case .catalog(let error): "payment-method catalog or currencies: \(error)"
        case .strings(let error): "strings: \(error)"
        }
    }
}
