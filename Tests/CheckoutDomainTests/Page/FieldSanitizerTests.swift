import Testing

@testable import CheckoutDomain

/// The byte reading of typed ASCII keeps exactly what the Character reading keeps.
@Suite struct FieldSanitizerTests {
    @Test("ASCII text cleans and cuts over bytes as it does over Characters, in every field")
    func asciiMatchesCharacters() {
        // Digits, letters, every ASCII whitespace and control the fields drop, and CR LF, one Character of two bytes.
        let pieces = ["4", "0", "9", "a", "Z", "@", ".", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1B}",
            "\u{7F}", "\u{00}", "-", "/", "4054695723100768"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        var compared = 0
        for _ in 0..<2000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(seed >> 58) {
                text += pieces[Int((seed >> UInt64(step % 40)) % UInt64(pieces.count))]
            }
            for field in FormField.allCases {
                for limit in [0, 4, 19, 64] {
                    let bytes = Array(text.utf8)
                    let fast = bytes.withUnsafeBufferPointer { FieldSanitizer.asciiCleanAndCut($0, for: field, limit: limit) }
                    let slow = FieldSanitizer.characterCleanAndCut(text, for: field, limit: limit)
                    #expect(fast?.value == slow.value && fast?.dropped == slow.dropped, "\(field) \(limit) \(text.debugDescription)")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }

    @Test("text beyond ASCII is left to the Character reading")
    func nonASCII() {
        let text = "José 4054"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { FieldSanitizer.asciiCleanAndCut($0, for: .holderName, limit: 64) } == nil)
        #expect(FieldSanitizer.characterCleanAndCut(text, for: .holderName, limit: 64).value == "José 4054")
        #expect(FieldSanitizer.characterCleanAndCut("٤٠٥٤ 12", for: .cardNumber, limit: 19).value == "12")
    }
}
