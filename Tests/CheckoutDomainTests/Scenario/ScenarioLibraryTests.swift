import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Scenarios")
struct ScenarioLibraryTests {
    let library: ScenarioLibrary
    let validator: SessionRequestValidator

    init() throws {
        library = ScenarioLibrary(testCards: try SandboxTestCards.bundled())
        validator = SessionRequestValidator(currencies: try CurrencyTable.bundled())
    }

    @Test("every bundled scenario loads, and all but the validation one are valid sessions")
    func bundled() throws {
        let names = try library.bundledNames()
        #expect(names.count >= 13)
        #expect(names.contains(ScenarioLibrary.defaultName))
        for name in names {
            let scenario = try library.load(name)
            let result = validator.validate(scenario.createPaymentSession, now: Date())
            if name == "invalid-goods-sum" {
                #expect(result?.resultCode == "PARAM_ILLEGAL")
                #expect(result?.resultMessage?.contains("order.orderAmount.value") == true)
            } else {
                #expect(result == nil, "\(name): \(result?.resultMessage ?? "")")
            }
        }
    }

    @Test("an unknown name lists the bundled ones")
    func unknownName() {
        #expect {
            try library.load("no-such-scenario")
        } throws: { error in
            guard case ScenarioError.notFound("no-such-scenario", let known) = error else { return false }
            return known.contains(ScenarioLibrary.defaultName)
        }
    }

    @Test("a bad file names the field", arguments: [
        (#"{"description":"d","createPaymentSession":{}}"#, "bad.json: title is required"),
        (#"{"title":"","description":"d","createPaymentSession":{}}"#, "bad.json: title must not be empty"),
        (#"{"title":"t","description":"d","createPaymentSession":{"paymentAmount":{"currency":"SGD","value":60}}}"#,
         "bad.json: createPaymentSession.paymentAmount.value has the wrong type: expected a string"),
        (#"{"title":"t","description":"d","createPaymentSession":{},"vault":[{"cardToken":"t1","cardNo":"4111111111111111","expiryMonth":"12","expiryYear":"30"}]}"#,
         "bad.json: vault[0].cardNo ************1111 is not one of Antom's sandbox test cards"),
        (#"{"title":"t","description":"d","createPaymentSession":{},"vault":[{"cardToken":"t1","cardNo":"4054695723100768","expiryMonth":"13","expiryYear":"30"}]}"#,
         "bad.json: vault[0].expiryMonth must be 01 to 12"),
        ("not json", "bad.json: is not valid JSON: line 1, column 1: expected a value (a \"string\", a number, true, false, null, an {object} or an [array]), found 'n' (strings need \"quotes\")"),
    ])
    func badFiles(json: String, message: String) {
        #expect {
            try library.parse(Data(json.utf8), source: "bad.json")
        } throws: { error in
            (error as? ScenarioError)?.description == message
        }
    }

    @Test("an error about a vault card never shows its full number")
    func vaultErrorMasks() {
        let json = #"{"title":"t","description":"d","createPaymentSession":{},"vault":[{"cardToken":"t1","cardNo":"4111111111111111","expiryMonth":"12","expiryYear":"30"}]}"#
        do {
            _ = try library.parse(Data(json.utf8), source: "x.json")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("4111111111111111"))
        }
    }
}
