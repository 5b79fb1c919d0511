import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: createPaymentSession and loadSession")
struct SessionTests {
    // Seed 003: paymentSessionData, paymentSessionExpiryTime, paymentSessionId, normalUrl, result SUCCESS.
    @Test("a valid request gives Antom's session answer")
    func createsSession() async throws {
        let h = try Harness()
        let response = try await h.apo.createPaymentSession(Harness.sessionRequest())
        #expect(response.result == APOResult(resultCode: "SUCCESS", resultStatus: .success, resultMessage: "success."))
        let id = try #require(response.paymentSessionId)
        #expect(response.paymentSessionExpiryTime == "2026-01-01T01:00:00+00:00")
        let data = try #require(response.paymentSessionData)
        let parts = data.components(separatedBy: "&&")
        try #require(parts.count == 4)
        #expect(parts[1] == "SG")
        #expect(parts[2] == "188")
        #expect(Data(base64Encoded: parts[0])?.count == 64)
        let json = try JSONDecoder().decode(JSONValue.self, from: try #require(Data(base64Encoded: parts[3])))
        #expect(json.object?["paymentSessionId"] == .string(id))
        #expect(json.object?["paymentSessionConfig"]?.object?["productScene"] == .string("CHECKOUT_PAYMENT"))
        let normalUrl = try #require(response.normalUrl)
        #expect(normalUrl.hasPrefix("http://127.0.0.1:8480/checkout-page/pages/payment/index.html?sessionData="))
        let encoded = String(try #require(normalUrl.split(separator: "=", maxSplits: 1).last))
        #expect(!encoded.contains("+") && !encoded.contains("/") && !encoded.contains("&"))
        #expect(encoded.removingPercentEncoding == data)
        #expect(SessionData.paymentSessionId(in: data, clientId: "SANDBOX_TEST") == .success(id))
    }

    @Test(
        "the session data's JSON is the bytes the wire encoder gives its object, whatever the id and locale hold",
        arguments: [
            ("PS_0001", "en_US"), ("PS_0002", nil), (#"PS"quote\back"#, #"x"y\z"#), ("PS/слеш", "zh_CN"),
            ("PS\u{1}", "ja_JP"),
        ] as [(String, String?)])
    func sessionDataJSON(_ id: String, _ locale: String?) throws {
        // Antom's extendInfo is an object carried as a string, its keys in this order (not sorted).
        let inner =
            #"{"OPEN_MULTI_PAYMENT_ABILITY":"true","locale":"# + WireCoding.encodeString(locale ?? "en_US")
            + #","displayAntomLogo":"true"}"#
        let object: [String: JSONValue] = [
            "extendInfo": .string(inner),
            "paymentSessionConfig": .object([
                "paymentMethodCategoryType": .string("ALL"), "productScene": .string("CHECKOUT_PAYMENT"),
                "productSceneVersion": .string("1.0"),
            ]),
            "paymentSessionId": .string(id),
            "skipRenderPaymentMethod": .bool(false),
        ]
        let bytes = SessionData.config(paymentSessionId: id, locale: locale)
        #expect(bytes == [UInt8](WireCoding.encode(object)))
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        #expect(decoded.object?["paymentSessionId"] == .string(id))
        guard case .string(let carried)? = decoded.object?["extendInfo"] else {
            Issue.record("extendInfo must be a string")
            return
        }
        let info = try JSONDecoder().decode(JSONValue.self, from: Data(carried.utf8))
        #expect(info.object?["locale"] == .string(locale ?? "en_US"))
    }

    @Test("the session's requested expiry is kept")
    func requestedExpiry() async throws {
        let h = try Harness()
        let response = try await h.apo.createPaymentSession(
            Harness.sessionRequest(expiry: "2026-01-01T08:30:00+08:00"))
        #expect(response.paymentSessionExpiryTime == "2026-01-01T00:30:00+00:00")
    }

    @Test(
        "every validation failure passes through unchanged and creates nothing",
        arguments: [
            "productCode", "productScene", "paymentRequestId", "amount", "currency", "goods", "redirect", "expiry",
            "captureMode", "buyerEmail",
        ])
    func validationPassesThrough(_ broken: String) async throws {
        let h = try Harness()
        var request = Harness.sessionRequest()
        switch broken {
        case "productCode": request.productCode = nil
        case "productScene": request.productScene = "ELEMENT_PAYMENT"
        case "paymentRequestId": request.paymentRequestId = "  "
        case "amount": request.paymentAmount = Amount(currency: "SGD", value: "12.50")
        case "currency":
            request.paymentAmount = Amount(currency: "XXX", value: "100")
            request.order?.orderAmount = Amount(currency: "XXX", value: "100")
        case "goods":
            request.order?.goods = [
                Goods(
                    referenceGoodsId: "g", goodsName: "Bag", goodsUnitAmount: Amount(currency: "SGD", value: "100"),
                    goodsQuantity: "2")
            ]
        case "redirect": request.paymentRedirectUrl = "ftp://merchant.example"
        case "expiry": request.paymentSessionExpiryTime = "2026-01-01T02:00:01Z"
        case "captureMode": request.paymentFactor = PaymentFactor(captureMode: "LATER")
        default: request.order?.buyer = Buyer(buyerEmail: String(repeating: "a", count: 65))
        }
        let expected = try #require(
            SessionRequestValidator(currencies: try .bundled()).validate(request, now: Harness.start))
        let response = try await h.apo.createPaymentSession(request)
        #expect(response.result == expected)
        #expect(response.result.resultStatus == .failure)
        #expect(response.paymentSessionId == nil && response.paymentSessionData == nil)
        #expect(!h.store.allRecords().contains { $0.kind == .session || $0.kind == .idempotency })
    }

    @Test("a failed request does not use up its paymentRequestId")
    func failureDoesNotReserveId() async throws {
        let h = try Harness()
        var broken = Harness.sessionRequest()
        broken.paymentRedirectUrl = nil
        #expect(try await h.apo.createPaymentSession(broken).result.resultCode == "PARAM_ILLEGAL")
        #expect(try await h.apo.createPaymentSession(Harness.sessionRequest()).result == .success)
    }

    @Test("loading gives the merchant's request back, and loads again while valid (resume)")
    func loadAndResume() async throws {
        let h = try Harness()
        let request = Harness.sessionRequest()
        let created = try await h.apo.createPaymentSession(request)
        let data = try #require(created.paymentSessionData)
        guard case .ready(let page) = try await h.apo.loadSession(sessionData: data) else {
            Issue.record("not ready")
            return
        }
        #expect(page.paymentSessionId == created.paymentSessionId)
        #expect(page.request == request)
        #expect(page.expiresAt == Harness.start.addingTimeInterval(3600))
        h.advance(minutes: 59)
        guard case .ready = try await h.apo.loadSession(sessionData: data) else {
            Issue.record("a session one minute before expiry must load again")
            return
        }
    }

    // Seed 003 FAQ: "The default payment session expiry time is 1 hour".
    @Test("a session expires at its expiry time by the clock")
    func expiry() async throws {
        let h = try Harness()
        let created = try await h.apo.createPaymentSession(Harness.sessionRequest(expiry: "2026-01-01T00:10:00Z"))
        let data = try #require(created.paymentSessionData)
        h.advance(minutes: 10)
        guard case .rejected(let result) = try await h.apo.loadSession(sessionData: data) else {
            Issue.record("an expired session must be rejected")
            return
        }
        #expect(result.resultCode == "ORDER_IS_CLOSED")
        #expect(result.resultStatus == .failure)
        #expect(result.resultMessage?.contains("expired at 2026-01-01T00:10:00+00:00") == true)
        let session = try #require(await h.apo.session(paymentSessionId: created.paymentSessionId ?? ""))
        #expect(session.expired)
        let expired = await h.apo.activity(after: 0).filter { $0.kind == .sessionExpired }
        #expect(expired.count == 1)
        #expect(expired.first?.time == Harness.start.addingTimeInterval(600))
    }

    @Test(
        "malformed session data is rejected with PARAM_ILLEGAL",
        arguments: ["", "hello", "a&&SG&&188", "a&&SG&&187&&e30=", "a&&SG&&188&&not-base64!", "QUJD&&SG&&188&&e30="])
    func malformed(_ text: String) async throws {
        let h = try Harness()
        guard case .rejected(let result) = try await h.apo.loadSession(sessionData: text) else {
            Issue.record("'\(text)' must be rejected")
            return
        }
        #expect(result.resultCode == "PARAM_ILLEGAL")
        #expect(result.resultStatus == .failure)
    }

    @Test("edited session data is caught: the opaque part belongs to one session")
    func tampered() async throws {
        let h = try Harness()
        let first = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "A"))
        let second = try await h.apo.createPaymentSession(Harness.sessionRequest(id: "B"))
        let a = try #require(first.paymentSessionData).components(separatedBy: "&&")
        let b = try #require(second.paymentSessionData).components(separatedBy: "&&")
        try #require(a.count == 4 && b.count == 4)
        let spliced = [a[0], a[1], a[2], b[3]].joined(separator: "&&")
        guard case .rejected(let result) = try await h.apo.loadSession(sessionData: spliced) else {
            Issue.record("spliced data must be rejected")
            return
        }
        #expect(result.resultCode == "PARAM_ILLEGAL")
    }

    @Test("well-formed data for a session this APO never made is ORDER_NOT_EXIST")
    func unknownSession() async throws {
        let h = try Harness()
        let other = try Harness(clock: ManualClock(Harness.start))
        let created = try await other.apo.createPaymentSession(Harness.sessionRequest())
        guard case .rejected(let result) = try await h.apo.loadSession(sessionData: created.paymentSessionData ?? "")
        else {
            Issue.record("unknown session must be rejected")
            return
        }
        #expect(result.resultCode == "ORDER_NOT_EXIST")
    }

    @Test("a submit to an expired session is refused")
    func submitAfterExpiry() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        h.advance(minutes: 61)
        let response = try await h.payByCard(page)
        #expect(response.code == "ORDER_IS_CLOSED")
        #expect(response.paymentId == nil)
    }
}
