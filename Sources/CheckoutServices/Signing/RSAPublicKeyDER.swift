import Foundation

/// The modulus and exponent of an RSA public key, read from X.509 SubjectPublicKeyInfo or PKCS#1 DER.
///
/// The key is read here, and built from n and e, rather than by a library's DER parser: this reader decides
/// which DER is a public key (SPKI or PKCS#1, the forms the SDKs hand out) and which parameters are usable,
/// and every bad input stays a typed error. (swift-crypto's parser, used before OpenSSL signed, freed its
/// `EVP_PKEY` twice on bad input.)
struct RSAPublicKeyDER {
    /// Big-endian magnitude without leading zero bytes.
    let modulus: [UInt8]
    let exponent: [UInt8]

    /// `rsaEncryption`, 1.2.840.113549.1.1.1, the algorithm of every key the SDKs handle.
    private static let rsaEncryption: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]

    init?(_ der: Data) {
        let bytes = Array(der)[...]
        guard let key = Self.spki(bytes) ?? Self.pkcs1(bytes) else { return nil }
        self = key
    }

    /// The limits BoringSSL (which read public keys before OpenSSL) puts on a public key, kept so that the same
    /// keys are refused: an odd modulus of 512 to 16,384 bits; an odd exponent above 1 of at most 33 bits.
    var isUsable: Bool {
        (512...16_384).contains(Self.bitCount(modulus)) && modulus.last.map { $0 & 1 == 1 } == true
            && (2...33).contains(Self.bitCount(exponent)) && exponent.last.map { $0 & 1 == 1 } == true
    }

    /// Bits of a big-endian magnitude without leading zero bytes.
    private static func bitCount(_ magnitude: [UInt8]) -> Int {
        guard let first = magnitude.first else { return 0 }
        return (magnitude.count - 1) * 8 + (8 - first.leadingZeroBitCount)
    }

    private init(modulus: [UInt8], exponent: [UInt8]) {
        self.modulus = modulus
        self.exponent = exponent
    }

    /// SEQUENCE { SEQUENCE { OID rsaEncryption, NULL? }, BIT STRING { RSAPublicKey } }
    private static func spki(_ bytes: ArraySlice<UInt8>) -> RSAPublicKeyDER? {
        var outer = DERReader(bytes)
        guard var info = outer.read(.sequence).map(DERReader.init), outer.isAtEnd,
            var algorithm = info.read(.sequence).map(DERReader.init),
            algorithm.read(.objectIdentifier).map(Array.init) == rsaEncryption,
            algorithm.isAtEnd || (algorithm.read(.null)?.isEmpty == true && algorithm.isAtEnd),
            let bitString = info.read(.bitString), info.isAtEnd,
            bitString.first == 0  // no unused bits
        else { return nil }
        return pkcs1(bitString.dropFirst())
    }

    /// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
    private static func pkcs1(_ bytes: ArraySlice<UInt8>) -> RSAPublicKeyDER? {
        var outer = DERReader(bytes)
        guard var sequence = outer.read(.sequence).map(DERReader.init), outer.isAtEnd,
            let modulus = sequence.read(.integer).flatMap(positive),
            let exponent = sequence.read(.integer).flatMap(positive),
            sequence.isAtEnd
        else { return nil }
        return RSAPublicKeyDER(modulus: modulus, exponent: exponent)
    }

    /// The magnitude of a DER INTEGER that is greater than zero.
    private static func positive(_ integer: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = integer.first, first & 0x80 == 0 else { return nil }
        let magnitude = integer.drop { $0 == 0 }
        return magnitude.isEmpty ? nil : Array(magnitude)
    }
}

/// Reads consecutive DER tag-length-value elements.
private struct DERReader {
    /// The universal tags an RSA public key uses.
    enum Tag: UInt8 {
        case integer = 0x02
        case bitString = 0x03
        case null = 0x05
        case objectIdentifier = 0x06
        case sequence = 0x30
    }

    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { bytes.isEmpty }

    /// The contents of the next element if it has `tag`; definite lengths of up to four bytes.
    mutating func read(_ tag: Tag) -> ArraySlice<UInt8>? {
        guard bytes.first == tag.rawValue, let lengthByte = bytes.dropFirst().first else { return nil }
        var rest = bytes.dropFirst(2)
        var length = Int(lengthByte)
        if lengthByte & 0x80 != 0 {
            let count = Int(lengthByte & 0x7F)
            guard (1...4).contains(count), rest.count >= count else { return nil }
            length = rest.prefix(count).reduce(0) { $0 << 8 | Int($1) }
            rest = rest.dropFirst(count)
        }
        guard rest.count >= length else { return nil }
        bytes = rest.dropFirst(length)
        return rest.prefix(length)
    }
}
