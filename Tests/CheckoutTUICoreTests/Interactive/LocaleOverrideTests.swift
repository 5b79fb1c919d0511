import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// `--locale`: the session's locale replaced for the page, the merchant's pages, amounts and dates; wide
/// characters laid out in whole cells.
@MainActor
@Suite(.timeLimit(.minutes(6)))
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
            #expect(error.description == "unknown locale 'xx_YY'; available: en_US, es_MX, ja_JP, ko_KR, pl_PL, pt_BR, zh_CN")
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

    /// Konbini: choose it, then Pay.
    nonisolated static let payKonbini = Script.keys("Enter", "Enter")

    @Test("ja_JP konbini voucher: Japanese words, the deadline on the Japanese clock", arguments: sizes)
    func japaneseSnapshot(size: Size) async throws {
        let run = try await InteractiveHarness("jp-konbini-voucher", locale: "ja_JP").run(Self.payKonbini, size: size)
        #expect(run.lastText.contains("払込番号"))
        #expect(run.lastText.contains("JST (UTC+9)"))
        SnapshotAssertion.assertSnapshot(run.last, named: "voucher-ja_JP-\(size.width)x\(size.height)")
    }

    @Test("ko_KR method list for Toss Pay and KakaoPay", arguments: sizes)
    func koreanSnapshot(size: Size) async throws {
        let run = try await InteractiveHarness("kr-toss-kakao", locale: "ko_KR").run([], size: size)
        #expect(run.lastText.contains("결제 수단"))
        SnapshotAssertion.assertSnapshot(run.last, named: "methods-ko_KR-\(size.width)x\(size.height)")
    }

    // Issue 15: "inside pt_BR, es_MX and zh_CN, buyer-facing words stay English"; the footer and the help were the
    // last English on a localized screen.
    @Test("the footer and the help overlay speak the session's language; English stays English")
    func keysInTheSessionLanguage() async throws {
        let english = try await InteractiveHarness("jp-konbini-voucher", locale: "en_US").run(Script.keys("?"))
        #expect(english.lastText.contains("move between rows, fields and buttons"))
        let run = try await InteractiveHarness("jp-konbini-voucher", locale: "ja_JP").run(Script.keys("?"))
        #expect(run.lastText.contains("行・項目・ボタンを移動"))
        for word in ["move between", "this help", "Keys", "Esc closes"] {
            #expect(!run.lastText.contains(word), "\(word)")
        }
        SnapshotAssertion.assertSnapshot(run.last, named: "help-ja_JP-80x24")
        let footer = try await InteractiveHarness("pl-p24-prefilled-email", locale: "es_MX").run([])
        #expect(footer.lastText.contains("Enter elegir") && footer.lastText.contains("q salir"), "\(footer.lastText)")
    }

    /// Screens a demo shows: the method list with a card, a prefilled field, a voucher, a QR code, both levers.
    nonisolated static let demoScreens: [(scenario: String, keys: [ScriptStep])] = [
        ("sg-card-first-payment", Script.keys("Down", "Down", "Enter")),
        ("pl-p24-prefilled-email", Script.keys("Enter")),
        ("jp-konbini-voucher", payKonbini),
        ("sg-card-first-payment", Script.keys("Down", "Down", "Down", "Down", "Enter", "Enter")),
        ("sg-card-first-payment", Script.keys("f")),
        ("sg-card-first-payment", Script.keys("f", "2")),
        ("sg-card-first-payment", Script.keys("T")),
    ]

    @Test("no buyer-facing English on the demo screens of any bundled locale")
    func noEnglishOnScreen() async throws {
        let strings = try Strings.bundled()
        for locale in strings.locales where locale != "en_US" {
            let leftovers = Self.englishLeftovers(in: strings, locale: locale)
            for screen in Self.demoScreens {
                let run = try await InteractiveHarness(screen.scenario, locale: locale)
                    .run(screen.keys, size: Size(width: 120, height: 40))
                let page = Self.pageText(run.last)
                // The timeline speaks English to developers on purpose; only what it does not say counts.
                let timeline = run.state.timeline.transcript(timeZone: .gmt).joined(separator: "\n")
                for piece in Set(leftovers) where page.contains(piece) && !timeline.contains(piece) {
                    Issue.record("\(locale) \(screen.scenario) \(screen.keys.count) keys: English \"\(piece)\" on screen")
                }
            }
        }
    }

    /// At 120 columns, what the page and the menus show: left of the timeline, below the header (the scenario's own
    /// title) and above the status line and the key hints.
    static func pageText(_ buffer: ScreenBuffer) -> String {
        (1..<(buffer.size.height - 2)).map { y in (0..<66).map { buffer[$0, y].text }.joined() }.joined(separator: "\n")
    }

    /// Every fixed piece of an English buyer-facing text that `locale` words differently and never uses itself,
    /// in its strings or in `ownTexts` (texts written in that locale elsewhere).
    nonisolated static func englishLeftovers(in strings: Strings, locale: String, ownTexts: [String] = []) -> Set<String> {
        let english = strings.localizer(for: "en_US")
        let text = strings.localizer(for: locale)
        let own = (StringKey.allCases.map { text.text($0) } + ownTexts).joined(separator: "\n")
        return Set(StringKey.allCases.filter { $0.isBuyerFacing && text.text($0) != english.text($0) }
            .flatMap { fixedPieces(of: english.text($0)) }.filter { !own.contains($0) })
    }

    /// The parts of a template between its `{placeholders}`, long enough to mean something on their own.
    nonisolated static func fixedPieces(of template: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var inPlaceholder = false
        for character in template {
            if character == "{" {
                inPlaceholder = true
                pieces.append(current)
                current = ""
            } else if character == "}" {
                inPlaceholder = false
            } else if !inPlaceholder {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { $0.count >= 4 && $0.contains(where: \.isLowercase) }
    }

    @Test("the explain pane at 120×40 after an abandoned wallet payment")
    func explainSnapshot() async throws {
        let run = try await InteractiveHarness("pl-p24-prefilled-email", locale: "en_US", explaining: true)
            .run(TimeTravelTests.abandonWallet, size: Size(width: 120, height: 40))
        SnapshotAssertion.assertSnapshot(run.last, named: "explain-processing-120x40")
    }
}
