import CheckoutDomain

/// The seeded generator for the gateway target: input `index` of seed `seed` is always the same bytes.
///
/// A tenth of the inputs are corpus bodies as they are, the rest JSON-aware mutations, byte mutations, both,
/// or bracket runs far past the nesting limit; one in twenty goes to another API than the body was written for.
public struct GatewayInputs: Sendable {
    public let entries: [GatewayCorpus.Entry]

    public init(fixture: GatewayFixture) {
        entries = GatewayCorpus.entries(for: fixture)
    }

    /// The unmutated corpus, framed as the target reads it: libFuzzer's seed corpus.
    public var seeds: [[UInt8]] {
        entries.map { GatewayRequestTarget.input($0.endpoint, body: $0.body.bytes) }
    }

    public func input(_ index: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64.forItem(index, of: seed)
        let entry = JSONMutator.pick(entries, &random)
        var endpoint = entry.endpoint
        if random.chance(1, in: 20) { endpoint = JSONMutator.pick(APOEndpoint.allCases, &random) }
        let body: [UInt8]
        switch Int.random(in: 0..<40, using: &random) {
        case 0:
            body = ByteMutator.deepNesting(entry.body.bytes, using: &random)
        case 1..<5:
            body = entry.body.bytes
        case 5..<24:
            body = JSONMutator.mutate(entry.body, using: &random).bytes
        case 24..<32:
            let partner = JSONMutator.pick(entries, &random).body.bytes
            body = ByteMutator.mutate(JSONMutator.mutate(entry.body, using: &random).bytes, partner: partner, using: &random)
        default:
            let partner = JSONMutator.pick(entries, &random).body.bytes
            body = ByteMutator.mutate(entry.body.bytes, partner: partner, using: &random)
        }
        return GatewayRequestTarget.input(endpoint, body: body)
    }
}
