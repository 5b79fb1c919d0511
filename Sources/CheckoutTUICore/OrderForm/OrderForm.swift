import CheckoutDomain
import Foundation

/// What the `checkout-tui new` form holds: the text of each field, the switches, where the cursor is and the
/// last message. Turning it into a scenario is `ScenarioBuilder`'s, exactly as for `run`'s flags.
public struct OrderForm: Equatable, Sendable {
    public internal(set) var values: [OrderFormRow: String]
    public internal(set) var switchedOn: Set<OrderFormRow> = []
    public internal(set) var focus: OrderFormRow = .amount
    public internal(set) var message: OrderFormMessage?

    /// A small order to change rather than an empty page: Singapore, a card and PayNow.
    public init() {
        values = [
            .currency: "SGD", .methods: "CARD,PAYNOW", .items: "Classic Woman Bag:2:30.00", .fileName: "my-demo.json",
        ]
    }

    public func value(_ row: OrderFormRow) -> String { values[row] ?? "" }

    /// The draft the fields describe; a malformed item names the Items row.
    func draft() throws(DraftError) -> OrderDraft {
        var draft = OrderDraft()
        draft.amount = nonEmpty(.amount)
        draft.currency = nonEmpty(.currency)
        draft.methods = list(.methods, separator: ",")
        draft.express = list(.express, separator: ",")
        for text in list(.items, separator: ";") { draft.items.append(try DraftItem.parse(text)) }
        draft.buyerEmail = nonEmpty(.buyerEmail)
        draft.cpf = nonEmpty(.cpf)
        draft.locale = nonEmpty(.locale)
        draft.merchantName = nonEmpty(.merchantName)
        draft.threeDS = switchedOn.contains(.threeDS)
        draft.manualCapture = switchedOn.contains(.manualCapture)
        draft.askToSaveCard = switchedOn.contains(.saveCard)
        return draft
    }

    private func nonEmpty(_ row: OrderFormRow) -> String? {
        let text = value(row).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private func list(_ row: OrderFormRow, separator: Character) -> [String] {
        value(row).split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The line under the form: what went wrong (and where) or what was done.
public enum OrderFormMessage: Equatable, Sendable {
    case problem(String)
    case done(String)
}
