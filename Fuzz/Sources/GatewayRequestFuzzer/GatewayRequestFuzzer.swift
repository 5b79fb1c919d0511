import CheckoutFuzzing

/// The fixture's template payments, made once before the first input.
private let target: GatewayRequestTarget = {
    let fixture = BlockingRun.run { () async -> Result<GatewayFixture, FixtureError> in
        do throws(FixtureError) {
            return .success(try await GatewayFixture.make())
        } catch {
            return .failure(error)
        }
    }
    switch fixture {
    case .success(let fixture): return GatewayRequestTarget(fixture: fixture)
    case .failure(let error): fatalError("fuzz-gateway-request: \(error)")
    }
}()

/// libFuzzer's entry point: a broken invariant traps, so libFuzzer keeps the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGatewayRequest(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let finding = BlockingRun.run({ await target.run(input) }) {
        fatalError(finding.description)
    }
    return 0
}
