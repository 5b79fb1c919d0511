import CheckoutDomain
import CheckoutTUICore
import Testing

/// `--locale`: the session's locale replaced for the page, the merchant's pages, amounts and dates; wide
/// characters laid out in whole cells.
@MainActor
@Suite(.timeLimit(.minutes(1)))
struct LocaleOverrideTests {
    nonisolated static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test("an unknown locale is refused with the list of the available ones")
    func unknownLocale() throws {
        let scenario = try ScenarioLibrary(testCards: SandboxTestCards.bundled()).load("sg-card-first-payment")
        let available = try Strings.bundled().locales
        #expect(throws: LocaleOverrideError.self) { try LocaleOverride.apply("xx_YY", to: scenario, available: available) }
        do {
            _ = try LocaleOverride.apply("xx_YY", to: scenario, available: available)
        } catch {
            #expect(error.description == "unknown locale 'xx_YY'; available: en_US, es_MX, pl_PL, pt_BR, zh_CN")
        }
        #expect(try LocaleOverride.apply("pt-br", to: scenario, available: available).createPaymentSession.locale == "pt_BR")
    }

    @Test("pt_BR: the page's words and the amounts follow the override")
    func portuguese() async throws {
        let run = try await InteractiveHarness("sg-card-first-payment", locale: "pt_BR").run([])
        let strings = try Strings.bundled()
        #expect(run.lastText.contains(strings.localizer(for: "pt_BR").text(.sectionMethods)))
        let amount = run.app.environment.page.money.format(Amount(currency: "SGD", value: "6000"), locale: "pt_BR")
        #expect(amount != run.app.environment.page.money.format(Amount(currency: "SGD", value: "6000"), locale: "en_US"))
        #expect(run.lastText.contains(amount))
    }

    @Test("zh_CN method list", arguments: sizes)
    func chineseSnapshot(size: Size) async throws {
        let run = try await InteractiveHarness("sg-card-first-payment", locale: "zh_CN").run([], size: size)
        SnapshotAssertion.assertSnapshot(run.last, named: "methods-zh_CN-\(size.width)x\(size.height)")
    }

    @Test(
        "the order summary and the result page follow the locale",
        arguments: [
            ("pt_BR", ["Pedido ORDER_PAY_SG_FIRST_0001", "Valor total", "Pagamento recebido", "Reembolsar"]),
            ("zh_CN", ["订单 ORDER_PAY_SG_FIRST_0001", "合计", "已收到付款", "退款"]),
        ])
    func merchantPageWords(locale: String, words: [String]) async throws {
        let run = try await InteractiveHarness("sg-card-first-payment", locale: locale)
            .run(Script.payByCard(saveCard: false), size: Size(width: 120, height: 40))
        #expect(run.app.state.stage == .merchantResult)
        for word in words { #expect(run.lastText.contains(word), "\(locale): \(word)") }
        for english in ["Order ORDER", "Total ", "Refund "] { #expect(!run.lastText.contains(english), "\(locale): \(english)") }
    }

    @Test("pt_BR method list")
    func portugueseSnapshot() async throws {
        let run = try await InteractiveHarness("sg-card-first-payment", locale: "pt_BR").run([])
        SnapshotAssertion.assertSnapshot(run.last, named: "methods-pt_BR-80x24")
    }

    @Test("the explain pane at 120×40 after an abandoned wallet payment")
    func explainSnapshot() async throws {
        let run = try await InteractiveHarness("pl-p24-prefilled-email", locale: "en_US", explaining: true)
            .run(TimeTravelTests.abandonWallet, size: Size(width: 120, height: 40))
        SnapshotAssertion.assertSnapshot(run.last, named: "explain-processing-120x40")
    }
}
