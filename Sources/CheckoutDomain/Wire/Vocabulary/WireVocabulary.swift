import Foundation

/// A word of Antom's wire vocabulary (a method type, a notification type): the known values are constants, an
/// unknown one is carried through exactly as sent, so a newer Antom value never fails a decode.
///
/// It codes as the bare string and prints as it, so JSON, stored records and messages read as before.
public protocol WireVocabulary: RawRepresentable, Codable, Hashable, Sendable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    init(rawValue: String)
}

extension WireVocabulary {
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The word a wire field holds; empty when the field is absent.
    public init(wire: String?) { self.init(rawValue: wire ?? "") }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The word in capitals: what another gateway sends is read without regard to letter case.
    public var uppercased: Self { Self(rawValue: rawValue.uppercased()) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
