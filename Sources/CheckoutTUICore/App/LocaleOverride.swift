import CheckoutDomain
import Foundation

/// `--locale`: the scenario with its session `locale` replaced, so the Checkout Page, the merchant's pages, amounts,
/// dates and the explain pane all follow it.
public enum LocaleOverride {
    /// `scenario` with `locale` (`pt_BR`, also `pt-BR` or `PT_br`) when `available` has it.
    public static func apply(
        _ locale: String, to scenario: Scenario, available: [String]
    ) throws(LocaleOverrideError) -> Scenario {
        let tag = LocaleTag.underscored(locale.trimmingCharacters(in: .whitespaces))
        guard let match = available.first(where: { $0.lowercased() == tag.lowercased() }) else {
            throw LocaleOverrideError(requested: locale, available: available.sorted())
        }
        var scenario = scenario
        scenario.createPaymentSession.locale = match
        return scenario
    }
}

/// A `--locale` the simulator has no texts for.
public struct LocaleOverrideError: Error, Equatable, Sendable, CustomStringConvertible {
    public var requested: String
    public var available: [String]

    public var description: String {
        "unknown locale '\(requested)'; available: \(available.joined(separator: ", "))"
    }
}
