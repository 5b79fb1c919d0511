import CheckoutDomain
import Foundation

/// Turns a scenario's `vault` into the mock APO's saved-card records, so `savedPaymentMethods` tokens resolve.
///
/// Each card number is read once to find its sandbox profile and is kept only masked, as the vault itself does.
public enum ScenarioVault {
    /// The store contents a mock APO starts from for `scenario`: one vault token per card the buyer saved.
    public static func snapshot(for scenario: Scenario, testCards: SandboxTestCards, savedAt date: Date) -> APOSnapshot {
        APOSnapshot(vaultTokens: (scenario.vault ?? []).compactMap { record($0, testCards: testCards, savedAt: date) })
    }

    /// The buyer's saved cards as the merchant knows them (hosted card mode's order page): each
    /// `savedPaymentMethods` token the vault holds, with its brand and last four digits.
    public static func savedCards(of scenario: Scenario) -> [HostedSavedCard] {
        let vault = scenario.vault ?? []
        return (scenario.createPaymentSession.savedPaymentMethods ?? []).compactMap { method in
            guard method.paymentMethodType == .card,
                let card = vault.first(where: { $0.cardToken == method.paymentMethodId })
            else { return nil }
            let number = CardNumber(card.cardNo)
            return HostedSavedCard(cardToken: card.cardToken, brand: number.brand?.rawValue, lastFour: number.lastFour)
        }
    }

    private static func record(_ card: VaultCard, testCards: SandboxTestCards, savedAt date: Date) -> VaultTokenRecord? {
        let number = CardNumber(card.cardNo)
        // ScenarioLibrary has already refused cards that are not sandbox test cards.
        guard let profile = testCards.profile(for: number) else { return nil }
        let masked = MaskedCard(
            maskedCardNo: number.masked, maskedBin: number.maskedBin, brand: profile.brand, lastFour: number.lastFour,
            expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, profileKey: profile.profileKey,
            holderName: card.cardholderName, issuingCountry: profile.issuingCountry, funding: profile.funding)
        return VaultTokenRecord(cardToken: card.cardToken, card: masked, createdAt: date, paymentId: "scenario-vault")
    }
}
