/// 0 to 9 and nothing else, decided from the code unit: `Character.isNumber` looks each character up in Unicode's
/// tables (a typed key, every card and expiry field a checkout reads), and the only ASCII characters it calls numbers
/// are these ten.
extension Character {
    public var isASCIIDigit: Bool { asciiValue?.isASCIIDigit ?? false }
}

extension UInt8 {
    /// A UTF-8 code unit of 0 to 9.
    public var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
