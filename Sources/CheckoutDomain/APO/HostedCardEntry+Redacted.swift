import Foundation

/// Printing, logging or dumping what the buyer typed on the hosted card page never shows the number or the CVV.
extension HostedCardEntry: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        switch self {
        case .newCard(let card, let saveCard): "card: \(card.number.masked) \(card.expiry.display)\(saveCard ? ", saveCard" : "")"
        case .savedCardCVV: "saved card's CVV"
        }
    }

    public var debugDescription: String { "HostedCardEntry(\(description))" }
    public var customMirror: Mirror { Mirror(self, children: ["entry": description]) }
}
