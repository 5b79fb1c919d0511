import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Steps files: every step parses to what it says; bad files fail with messages naming the step and key.
struct StepsParserTests {
    @Test("every step kind parses")
    func everyStep() throws {
        let steps = try HeadlessFixtures.steps("""
            [{"select": "CARD"}, {"selectSaved": "0768"},
             {"fill": {"cvv": "123", "cardNo": "4054695723100768", "expiry": "1230", "cardholderName": "A B",
                       "email": "a@b.c", "cpf": "52998224725"}},
             {"toggle": "saveCard"}, {"pay": true}, {"challenge": "fail"}, {"wallet": "abandon"},
             {"backToMerchant": true}, {"cancel": true}, {"advanceClock": 30}, {"advanceClock": "7d"},
             {"advanceClock": "15m"}, {"keys": "Down Enter C-c"}, {"force": ["decline:DO_NOT_HONOR", "success",
             "challenge", "processingThenSuccess:20", "riskReject", "sessionTimeout"]},
             {"expectEvent": "SDK_PAYMENT_FAIL"}, {"expectScreen": "Paid"}, {"expectPaymentStatus": "CANCELLED"}]
            """)
        #expect(steps == [
            .select(paymentMethodType: "CARD"), .selectSaved("0768"),
            .fill([.cvv: "123", .cardNo: HeadlessFixtures.visa, .expiry: "1230", .cardholderName: "A B",
                   .email: "a@b.c", .cpf: "52998224725"]),
            .toggleSaveCard, .pay, .challenge(.fail), .wallet(.abandon), .backToMerchant, .cancel,
            .advanceClock(seconds: 30), .advanceClock(seconds: 7 * 86_400), .advanceClock(seconds: 900),
            .keys([.down, .enter, .ctrl("c")]),
            .force([.decline(paymentResultCode: "DO_NOT_HONOR"), .success, .challenge,
                    .processingThenSuccess(after: 20), .riskReject, .sessionTimeout]),
            .expectEvent(.paymentFail), .expectScreen("Paid"), .expectPaymentStatus(.cancelled),
        ])
    }

    @Test("numbers 0 and 1 are numbers, not booleans: advanceClock 1 is a second, and pay wants true itself")
    func numbersAreNotBooleans() throws {
        #expect(try HeadlessFixtures.steps(#"[{"advanceClock": 1}]"#) == [.advanceClock(seconds: 1)])
        #expect(throws: StepsFileError.self) { try HeadlessFixtures.steps(#"[{"advanceClock": true}]"#) }
        #expect(throws: StepsFileError.self) { try HeadlessFixtures.steps(#"[{"pay": 1}]"#) }
    }

    @Test(
        "bad files name the step and the key",
        arguments: [
            ("{}", "steps.json: must be a JSON array of steps, like [{\"pay\": true}]"),
            ("[{\"pay\": true, \"cancel\": true}]", "steps.json: step 1: must be an object with exactly one key (got 2: cancel, pay)"),
            ("[{\"pay\": true}, {\"selct\": \"CARD\"}]",
             "steps.json: step 2: unknown step \"selct\" (allowed: select, selectSaved, fill, toggle, pay, challenge, wallet, backToMerchant, cancel, advanceClock, keys, force, merchant, expectEvent, expectScreen, expectPaymentStatus, expectNotification, expectMerchantCall)"),
            ("[{\"fill\": {\"cardNumber\": \"1\"}}]",
             "steps.json: step 1: \"fill\": unknown field \"cardNumber\" (allowed: cardNo, expiry, cvv, cardholderName, email, cpf)"),
            ("[{\"select\": 3}]", "steps.json: step 1: \"select\": expected a string"),
            ("[{\"pay\": false}]", "steps.json: step 1: \"pay\": expected true"),
            ("[{\"challenge\": \"ok\"}]", "steps.json: step 1: \"challenge\": \"ok\" is not one of pass, fail, abandon"),
            ("[{\"keys\": \"Down Jump\"}]", "steps.json: step 1: \"keys\": unknown key name \"Jump\" (`checkout-tui keys names` lists them all)"),
            ("[{\"advanceClock\": \"soon\"}]",
             "steps.json: step 1: \"advanceClock\": expected a positive number of seconds, or a string like \"90s\", \"15m\", \"2h\", \"7d\""),
            ("[{\"force\": [\"decline\"]}]",
             "steps.json: step 1: \"force\": unknown outcome \"decline\" (allowed: success, decline:<paymentResultCode>, challenge, processingThenSuccess:<seconds>, riskReject, sessionTimeout, captureFailure[:<resultCode>])"),
            ("[{\"expectEvent\": \"PAID\"}]",
             "steps.json: step 1: \"expectEvent\": PAID is not an SDK event code (for example SDK_PAYMENT_SUCCESSFUL)"),
            ("[{\"toggle\": \"email\"}]", "steps.json: step 1: \"toggle\": only \"saveCard\" can be toggled"),
        ])
    func badFiles(json: String, message: String) {
        #expect(throws: StepsFileError.self) { try HeadlessFixtures.steps(json) }
        do {
            _ = try HeadlessFixtures.steps(json)
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("text that is not JSON is refused with the file's name")
    func notJSON() {
        do {
            _ = try HeadlessFixtures.steps("[{\"pay\": tru")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("steps.json: is not valid JSON: line 1, column 10: expected a value"))
        }
    }
}
