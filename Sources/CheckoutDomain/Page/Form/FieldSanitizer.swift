import Foundation

/// Cleans what the buyer typed before it reaches the draft: digits only where only digits belong, and length caps.
enum FieldSanitizer {
    /// Longest card number of any brand (UnionPay, Visa: 19).
    static let cardNumberMax = 19
    /// Antom's `payerEmail` limit.
    static let emailMax = 64
    /// Antom's `cardholderName.fullName` allows 128; 64 keeps a terminal line readable and covers real names.
    static let holderNameMax = 64

    /// The cleaned value within the field's limit, and how many cleaned characters did not fit (a long paste):
    /// one pass over the text, so 5,000 pasted characters cost what 5,000 characters cost, once.
    static func cleanAndCut(
        _ text: String, for field: FormField, layout: FormLayout, draft: FormDraft
    ) -> (value: String, dropped: Int) {
        let limit = self.limit(of: field, layout: layout, draft: draft)
        var text = text
        return text.withUTF8 { asciiCleanAndCut($0, for: field, limit: limit) }
            ?? characterCleanAndCut(text, for: field, limit: limit)
    }

    /// `cleanAndCut` over Characters: what the buyer typed in any script.
    static func characterCleanAndCut(
        _ text: String, for field: FormField, limit: Int
    ) -> (value: String, dropped: Int) {
        var value = ""
        var kept = 0
        var dropped = 0
        for character in text {
            guard let accepted = accept(character, for: field) else { continue }
            if kept < limit {
                value.append(accepted)
                kept += 1
            } else {
                dropped += 1
            }
        }
        return (value, dropped)
    }

    /// `cleanAndCut` over the bytes of ASCII text, nil for any other: each byte is then one Character (CR LF, the
    /// one pair that joins, is dropped by every field either way), so no Unicode property need be looked up for
    /// each key the buyer types.
    static func asciiCleanAndCut(
        _ bytes: UnsafeBufferPointer<UInt8>, for field: FormField, limit: Int
    ) -> (value: String, dropped: Int)? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var dropped = 0
        // Written straight into the string's storage: a field's value is short enough to need no buffer of its own.
        let value = String(unsafeUninitializedCapacity: min(bytes.count, limit)) { kept in
            var count = 0
            for byte in bytes {
                guard let accepted = accept(ascii: byte, for: field) else { continue }
                if count < limit {
                    kept[count] = accepted
                    count += 1
                } else {
                    dropped += 1
                }
            }
            return count
        }
        return (value, dropped)
    }

    /// `accept` for an ASCII byte. ASCII's whitespace is the space and the controls tab to carriage return, so
    /// the name keeps every byte but a control (C0, DEL) and the email every byte but those and the space.
    private static func accept(ascii byte: UInt8, for field: FormField) -> UInt8? {
        let isControl = byte < 0x20 || byte == 0x7F
        switch field {
        case .cardNumber, .expiry, .cvv, .cpf: return (0x30...0x39).contains(byte) ? byte : nil
        case .email: return isControl || byte == 0x20 ? nil : byte
        case .holderName: return isControl ? nil : byte
        }
    }

    /// How many characters the field takes.
    static func limit(of field: FormField, layout: FormLayout, draft: FormDraft) -> Int {
        switch field {
        case .cardNumber: cardNumberMax
        case .expiry: 4
        // While the brand is unknown, 4 digits may be typed (Amex); validation checks the exact length.
        case .cvv: layout.fixedCVVLength ?? draft.detectedBrand?.cvvLength ?? 4
        case .cpf: 11
        case .email: emailMax
        case .holderName: holderNameMax
        }
    }

    /// The character as the field keeps it, or nil when the field drops it (a letter in a digits-only field).
    private static func accept(_ character: Character, for field: FormField) -> Character? {
        switch field {
        case .cardNumber, .expiry, .cvv, .cpf:
            return character.isASCIIDigit ? character : nil
        case .email:
            return character.isWhitespace || character.unicodeScalars.contains(where: isControl) ? nil : character
        case .holderName:
            guard !character.unicodeScalars.contains(where: isControl) else { return nil }
            return character.isWhitespace ? " " : character
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
    }
}
