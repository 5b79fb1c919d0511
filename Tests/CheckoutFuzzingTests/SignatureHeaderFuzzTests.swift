import CheckoutFuzzing
import CheckoutServices
import Testing

@Suite struct SignatureHeaderFuzzTests {
    @Test func everyCorpusInputKeepsTheInvariants() throws {
        let target = try SignatureHeaderTarget()
        for seed in SignatureInputs().seeds {
            let finding = target.run(seed)
            #expect(finding == nil, "\(finding?.description ?? "")")
        }
    }

    /// CI's seeded run; scripts/fuzz.sh runs a million under libFuzzer or `fuzz-driver seeded`.
    @Test func twentyThousandSeededInputsKeepTheInvariants() async throws {
        let inputs = SignatureInputs()
        let target = try SignatureHeaderTarget()
        let report = await SeededRun.run(
            target: SignatureHeaderTarget.name, count: 20_000, seed: 7, input: inputs.input
        ) { target.run($0) }
        #expect(report.failure == nil, "\(report.failure?.description ?? "")")
        #expect(report.inputs == 20_000)
    }
}
