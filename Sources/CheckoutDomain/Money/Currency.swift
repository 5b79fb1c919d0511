import CheckoutAssets
import Foundation

/// One ISO 4217 currency as Antom's Amount rules use it.
public struct Currency: Codable, Hashable, Sendable {
    public var code: String
    /// Digits after the decimal point (0 for CLP, JPY, KRW, VND; 2 for the others Antom lists).
    public var minorUnits: Int
    public var symbol: String
    public var name: String
    /// The minor-unit value must be a multiple of this (100 for IDR, whose last two digits are 00).
    public var multipleOf: Int?

    public init(code: String, minorUnits: Int, symbol: String, name: String, multipleOf: Int? = nil) {
        self.code = code
        self.minorUnits = minorUnits
        self.symbol = symbol
        self.name = name
        self.multipleOf = multipleOf
    }
}

/// The currencies the simulator accepts, loaded from `assets/data/currencies.json`.
public struct CurrencyTable: Sendable {
    public let currencies: [String: Currency]

    public init(_ currencies: [Currency]) {
        self.currencies = Dictionary(currencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func currency(_ code: String) -> Currency? { currencies[code] }

    /// The bundled table.
    public static func bundled() throws(CatalogError) -> CurrencyTable { try loaded.get() }

    /// Decoded once per process: the bundled file cannot change while it runs.
    private static let loaded = Result { () throws(CatalogError) -> CurrencyTable in
        struct File: Decodable { var currencies: [Currency] }
        let file: File = try BundledJSON.load("data/currencies.json")
        return CurrencyTable(file.currencies)
    }
}
