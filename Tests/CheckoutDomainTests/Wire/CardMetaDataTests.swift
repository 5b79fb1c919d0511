import CheckoutDomain
import Foundation
import Testing

/// The one typed card `paymentMethodMetaData` (issue 12 item 9): what the gateway page service builds is what the
/// mock reads, seed-shaped maps read as before, and the card data never prints.
struct CardMetaDataTests {
    /// Seed 001's card metadata as printed ("The following shows the sample code of a payment request"), with a
    /// sandbox card in place of its masks.
    static let seed001 = #"""
        {"billingAddress":{"address1":"1 Main St","address2":"","city":"waxhaw","region":"US","state":"NC","zipCode":"28173"},
         "cardNo":"4054695723100768","cardholderName":{"firstName":"Ken","lastName":"schmitt "},
         "cvv":"123","expiryMonth":"12","expiryYear":"2030"}
        """#

    @Test("seed 001's metadata reads field by field, nested objects typed")
    func seedShape() throws {
        let map = try WireCoding.decode([String: JSONValue].self, from: Data(Self.seed001.utf8))
        let card = CardMetaData(map)
        #expect(card.cardNo == "4054695723100768" && card.cvv == "123")
        #expect(card.expiryMonth == "12" && card.expiryYear == "2030")
        #expect(card.cardholderName == UserName(firstName: "Ken", lastName: "schmitt "))
        #expect(card.holderName == "Ken schmitt ")
        #expect(card.billingAddress?.zipCode == "28173" && card.billingAddress?.region == "US")
        #expect(try WireCoding.decode(CardMetaData.self, from: Data(Self.seed001.utf8)) == card)
        // The map written back is the map read (the seed's values are all strings).
        #expect(card.map == map)
    }

    @Test("seed 002's saved card reads isCardOnFile; scalars sent as numbers or booleans read as text")
    func lenientScalars() throws {
        let saved = CardMetaData(["isCardOnFile": .bool(true)])
        #expect(saved.isCardOnFile == true && saved.cardNo == nil && saved.map == ["isCardOnFile": .bool(true)])
        let numbers = CardMetaData([
            "expiryMonth": .number(6), "expiryYear": .number(28), "cvv": .number(123),
            "is3DSAuthentication": .string("TRUE"), "tokenizeMode": .string("askforconsent"),
        ])
        #expect(numbers.expiryMonth == "6" && numbers.expiryYear == "28" && numbers.cvv == "123")
        #expect(numbers.is3DSAuthentication == true && numbers.tokenize == .askForConsent)
    }

    @Test("a value of the wrong shape counts as absent, so the validator names the field")
    func wrongShapes() {
        let card = CardMetaData([
            "cardholderName": .number(5), "is3DSAuthentication": .string("yes"), "billingAddress": .string("x"),
            "cardNo": .object([:]),
        ])
        #expect(card.cardholderName == nil && card.holderName == nil)
        #expect(card.is3DSAuthentication == nil && card.billingAddress == nil && card.cardNo == nil)
        #expect(CardMetaData(["cardholderName": .string("Lady Gaga")]).holderName == "Lady Gaga")
        #expect(CardMetaData(["cardholderName": .object(["fullName": .string(" ")])]).holderName == nil)
    }

    @Test("a form's card is built as the pay API names its fields, and reads back as the same card")
    func fromForm() throws {
        let details = try CardDetails(
            cardNo: "4054 6957 2310 0768", expiryMonth: "7", expiryYear: "2031", cvv: "321", holderName: "Lady Gaga")
        let card = CardMetaData(card: details)
        #expect(card.map["cardNo"] == .string("4054695723100768") && card.map["cvv"] == .string("321"))
        #expect(card.map["expiryMonth"] == .string("07") && card.map["expiryYear"] == .string("31"))
        #expect(card.map["cardholderName"] == .object(["firstName": .string("Lady"), "lastName": .string("Gaga")]))
        let method = PaymentMethod(paymentMethodType: .card, cardMetaData: card)
        #expect(method.cardMetaData == card)
        #expect(PaymentMethod(paymentMethodType: .card, cardMetaData: CardMetaData()).paymentMethodMetaData == nil)
    }

    @Test("what is kept of a map has the number masked and the CVV replaced, every other key as it was")
    func redactedMap() {
        let map: [String: JSONValue] = [
            "cardNo": .string("4054695723100768"), "cvv": .number(987), "payerEmail": .string("a@b.c"),
            "newAntomKey": .object(["x": .bool(true)]),
        ]
        let kept = CardMetaData.redacting(map)
        #expect(kept["cardNo"] == .string("************0768") && kept["cvv"] == .string("***"))
        #expect(kept["payerEmail"] == map["payerEmail"] && kept["newAntomKey"] == map["newAntomKey"])
        #expect(CardMetaData.redacting(["isCardOnFile": .bool(true)]) == ["isCardOnFile": .bool(true)])
    }

    @Test("printing, debugging or dumping it never shows the card number or the CVV")
    func redacted() throws {
        let card = CardMetaData(
            cardNo: "4054695723100768", cvv: "987", expiryMonth: "12", expiryYear: "30",
            cardholderName: UserName(fullName: "Lady Gaga"), tokenizeMode: "ENABLED")
        var dumped = ""
        dump(card, to: &dumped)
        for text in ["\(card)", String(reflecting: card), dumped, "\([card])"] {
            #expect(!text.contains("4054695723100768") && !text.contains("987"), "\(text)")
            #expect(text.contains("************0768"), "\(text)")
        }
    }
}
