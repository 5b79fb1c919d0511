import CheckoutFuzzing
import Testing

@Test func seedKeepsItsValue() {
    #expect(FuzzSeed(42).value == 42)
}
