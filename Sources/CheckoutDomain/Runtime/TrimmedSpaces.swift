import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation's bridging when there is nothing to trim: neither
    /// end is a space or a tab (the only ASCII members of the set), nor outside ASCII. Wire values read on every
    /// call (`tokenizeMode`, method types, the items of every request's `Signature` header) almost never have either.
    public func trimmingSpaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if first.isASCII, last.isASCII, first != " ", first != "\t", last != " ", last != "\t" { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
