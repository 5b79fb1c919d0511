import CheckoutDomain
import CheckoutTUICore

/// Why a benchmark could not build the simulation it measures.
public enum BenchSetupError: Error, Sendable, CustomStringConvertible {
    case cards(CatalogError)
    case scenario(name: String, ScenarioError)
    case simulation(HeadlessSetupError)
    case noSuccessCard
    /// The page machine or the mock could not be built from the bundled data.
    case page(String)

    public var description: String {
        switch self {
        case .cards(let error): "the bundled test cards: \(error)"
        case .scenario(let name, let error): "scenario \(name): \(error)"
        case .simulation(let error): "the simulation: \(error)"
        case .noSuccessCard: "the bundled test cards have no card that succeeds without 3DS"
        case .page(let reason): "the page machine or the mock: \(reason)"
        }
    }
}
