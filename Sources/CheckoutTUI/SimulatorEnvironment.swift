import CheckoutDomain

/// The bundled data every command needs, loaded once with errors that name the file.
struct SimulatorEnvironment: Sendable {
    let catalog: PaymentMethodCatalog
    let currencies: CurrencyTable
    let testCards: SandboxTestCards
    let scenarios: ScenarioLibrary

    static func load() throws(CatalogError) -> SimulatorEnvironment {
        let testCards = try SandboxTestCards.bundled()
        return SimulatorEnvironment(
            catalog: try PaymentMethodCatalog.bundled(), currencies: try CurrencyTable.bundled(),
            testCards: testCards, scenarios: ScenarioLibrary(testCards: testCards))
    }
}
