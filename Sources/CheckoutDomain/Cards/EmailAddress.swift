import Foundation

/// The checks a payment page makes on a payer email before submitting it.
public enum EmailAddress {
    /// One `@`, a non-empty local part, a dotted domain, no spaces, at most 64 characters (Antom's `payerEmail` limit).
    public static func isValid(_ text: String) -> Bool {
        guard text.count <= 64, !text.contains(where: \.isWhitespace) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty } && (labels.last?.count ?? 0) >= 2
    }
}
