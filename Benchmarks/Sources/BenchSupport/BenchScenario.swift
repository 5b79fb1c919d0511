import CheckoutDomain

/// What every checkout benchmark buys with: the bundled card scenario, the test cards, and the first card that
/// succeeds without 3DS.
struct BenchScenario {
    static let name = "sg-card-first-payment"

    let cards: SandboxTestCards
    let scenario: Scenario
    let successCard: CardNumber

    init() throws(BenchSetupError) {
        let cards: SandboxTestCards
        do { cards = try SandboxTestCards.bundled() } catch { throw .cards(error) }
        do {
            scenario = try ScenarioLibrary(testCards: cards).load(Self.name)
        } catch {
            throw .scenario(name: Self.name, error)
        }
        self.cards = cards
        guard let card = cards.numbers.first(where: { cards.profile(for: $0)?.outcome == .success }) else {
            throw .noSuccessCard
        }
        successCard = card
    }
}
