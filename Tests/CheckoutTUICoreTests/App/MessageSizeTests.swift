import CheckoutDomain
import Testing

@testable import CheckoutTUICore

/// Every key, answer and record travels through reducers, queues and arrays as one of these enums, copied whole at
/// each step: a case holding a request or an answer inline (a `CreatePaymentSessionRequest` is 1.7 KB) made every
/// keystroke's message that size. Those cases are `indirect`, so each value is small; this keeps them so.
@Suite struct MessageSizeTests {
    /// Larger than the biggest case that is still inline (an `SDKEvent`, a `PaymentSubmission`), smaller than any
    /// request or answer.
    static let limit = 256

    static let sizes: [(String, Int)] = [
        ("AppMessage", MemoryLayout<AppMessage>.size),
        ("AppCommand", MemoryLayout<AppCommand>.size),
        ("MerchantSiteAction", MemoryLayout<MerchantSiteAction>.size),
        ("MerchantSiteEffect", MemoryLayout<MerchantSiteEffect>.size),
        ("MerchantResultAction", MemoryLayout<MerchantResultAction>.size),
        ("PageAction", MemoryLayout<PageAction>.size),
        ("PageEffect", MemoryLayout<PageEffect>.size),
        ("APORecord", MemoryLayout<APORecord>.size),
    ]

    @Test("messages, actions, effects and records stay small enough to copy", arguments: sizes)
    func staysSmall(_ type: String, size: Int) {
        #expect(size <= Self.limit, "\(type) is \(size) bytes: make its largest case indirect")
    }

    @Test("the payloads those cases box are the large ones")
    func payloadsAreLarge() {
        // If these shrank below the limit, the indirection above would no longer buy anything.
        #expect(MemoryLayout<CreatePaymentSessionRequest>.size > Self.limit)
        #expect(MemoryLayout<PayRequest>.size > Self.limit)
        #expect(MemoryLayout<PayResponse>.size > Self.limit)
        #expect(MemoryLayout<InquiryPaymentResponse>.size > Self.limit)
        #expect(MemoryLayout<SessionLoad>.size > Self.limit)
    }
}
