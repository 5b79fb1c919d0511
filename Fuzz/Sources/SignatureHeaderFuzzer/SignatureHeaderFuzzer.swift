import CheckoutFuzzing

/// The merchant's public key, read once before the first input.
private let target: SignatureHeaderTarget = {
    do {
        return try SignatureHeaderTarget()
    } catch {
        fatalError("fuzz-signature-header: the merchant test key \(error)")
    }
}()

/// libFuzzer's entry point: a broken invariant traps, so libFuzzer keeps the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignatureHeader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    if let finding = target.run(Array(UnsafeRawBufferPointer(start: start, count: count))) {
        fatalError(finding.description)
    }
    return 0
}
