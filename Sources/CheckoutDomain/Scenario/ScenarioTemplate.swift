import Foundation

/// A scenario written out as a commented starting point (`checkout-tui scenarios new`): the file as it loads, plus
/// `_comment` notes on the objects a merchant edits. JSON has no comments; `_comment` is the key the decoder
/// knows to skip on any object (docs/scenarios.md), so the template loads as it is and nothing of it is sent.
public enum ScenarioTemplate {
    /// Notes by the dotted path of the object they sit on; only objects the scenario has get one.
    static let notes: [(path: [String], text: String)] = [
        ([], "A scenario: the createPaymentSession body a merchant sends to Antom, plus the simulation around it "
            + "(title, description, vault, mode, outcomes). Keys named _comment are notes: the simulator skips them "
            + "and never sends them. Unknown keys are warned about (Antom ignores them). Schema: docs/scenarios.md."),
        (["createPaymentSession"], "Sent as is, with Antom's field names. A body Antom would refuse is refused the "
            + "same way, naming the field. paymentRequestId must be new for every payment on a live server."),
        (["createPaymentSession", "paymentAmount"], "Minor units as a string: 29990 is 299.90 BRL; JPY and KRW have "
            + "no minor units. The same as order.orderAmount."),
        (["createPaymentSession", "order"], "orderAmount must equal the goods total: Σ goodsUnitAmount.value × "
            + "goodsQuantity. Without buyer, card payments fail."),
        (["createPaymentSession", "availablePaymentMethod"], "paymentMethodTypeList: the methods offered, by "
            + "paymentMethodOrder; expressCheckout true puts ALIPAY_CN, APPLEPAY or GOOGLEPAY above the list. "
            + "paymentMethodMetaData: tokenizeMode ASKFORCONSENT (save card), is3DSAuthentication, payerEmail, cpf."),
        (["createPaymentSession", "paymentFactor"], "captureMode MANUAL authorises only; the merchant captures later."),
    ]

    /// The scenario as pretty JSON (sorted keys, so `_comment` comes first in each object) with its notes.
    public static func render(_ scenario: Scenario) -> String {
        var document = (try? JSONDecoder().decode(JSONValue.self, from: WireCoding.encode(scenario))) ?? .object([:])
        for note in notes {
            document = annotate(document, path: note.path[...], text: note.text)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func annotate(_ value: JSONValue, path: ArraySlice<String>, text: String) -> JSONValue {
        guard case .object(var members) = value else { return value }
        if let key = path.first {
            guard let child = members[key] else { return value }
            members[key] = annotate(child, path: path.dropFirst(), text: text)
        } else {
            members[ScenarioKeyAudit.commentKey] = .string(text)
        }
        return .object(members)
    }
}
