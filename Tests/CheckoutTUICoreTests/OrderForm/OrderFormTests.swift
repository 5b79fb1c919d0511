import CheckoutDomain
import CheckoutTUICore
import Foundation
import Synchronization
import Testing

/// Issue 15: `checkout-tui new`, a form that builds the same createPaymentSession as `run`'s flags.
@MainActor
@Suite("Order form")
struct OrderFormTests {
    private func form() throws -> OrderFormApp {
        OrderFormApp(
            builder: ScenarioBuilder(currencies: try CurrencyTable.bundled(), catalog: try PaymentMethodCatalog.bundled()),
            clock: ManualClock(Date(timeIntervalSince1970: 1_767_225_600)), locales: try Strings.bundled().locales)
    }

    private func run(_ script: [ScriptStep]) async throws -> (OrderFormApp, [ScreenBuffer], [OrderFormCommand]) {
        let saves = SaveLog()
        let program = Program(model: try form(), backend: ScriptedBackend(size: Size(width: 100, height: 30), script: script)) {
            command in
            saves.append(command)
            guard case .save(let path, _) = command else { return [] }
            return [.saved(path: path)]
        }
        let finished = await program.runHeadless()
        return (finished, program.backend.frames, saves.commands)
    }

    private static func type(_ text: String) -> [ScriptStep] { text.map { .key(.character($0)) } }
    private static func press(_ keys: Key...) -> [ScriptStep] { keys.map(ScriptStep.key) }
    private static func down(_ count: Int) -> [ScriptStep] { Array(repeating: .key(.down), count: count) }

    @Test("filling the issue's order and pressing Start gives the session the flags give")
    func startBuildsSession() async throws {
        var script = Self.type("299.90") + Self.press(.tab)
        script += Self.press(.backspace, .backspace, .backspace) + Self.type("BRL") + Self.press(.tab)
        script += Self.press(.end) + Array(repeating: .key(.backspace), count: 11) + Self.type("PIX,CARD,MERCADOPAGO_BR")
        script += Self.press(.tab, .tab) + Array(repeating: .key(.backspace), count: 25) + Self.type("Tênis:1:299.90")
        script += Self.press(.tab) + Self.type("comprador@test.com") + Self.press(.tab) + Self.type("52998224725")
        script += Self.press(.tab) + Self.type("pt_BR") + Self.press(.tab, .tab, .enter, .down, .character(" "))
        script += Self.down(3) + Self.press(.enter)
        let (app, frames, _) = try await run(script)
        guard case .start(let scenario)? = app.outcome else {
            Issue.record("no start: \(frames.last?.textLines().joined(separator: "\n") ?? "")")
            return
        }
        var draft = OrderDraft()
        draft.amount = "299.90"
        draft.currency = "BRL"
        draft.methods = ["PIX", "CARD", "MERCADOPAGO_BR"]
        draft.items = [DraftItem(name: "Tênis", quantity: 1, unitPrice: "299.90")]
        draft.buyerEmail = "comprador@test.com"
        draft.cpf = "52998224725"
        draft.locale = "pt_BR"
        draft.threeDS = true
        draft.manualCapture = true
        let expected = try ScenarioBuilder(currencies: try CurrencyTable.bundled(), catalog: try PaymentMethodCatalog.bundled())
            .build(draft, now: Date(timeIntervalSince1970: 1_767_225_600))
        #expect(scenario == expected)
    }

    @Test("a session Antom would refuse stays in the form, naming the field, with the cursor on it")
    func refusedStaysInForm() async throws {
        let (app, frames, _) = try await run(Self.type("100.00") + Self.down(14) + Self.press(.enter))
        #expect(app.outcome == nil)
        #expect(app.form.focus == .amount)
        let screen = frames.last?.textLines().joined(separator: "\n") ?? ""
        #expect(screen.contains("Amount: gives a session Antom would refuse: PARAM_ILLEGAL order.orderAmount.value"))
    }

    @Test("Save writes the commented scenario, which loads back to the same session")
    func save() async throws {
        let (app, frames, commands) = try await run(Self.down(15) + Self.press(.enter))
        #expect(app.outcome == nil)
        guard case .save(let path, let text)? = commands.first else {
            Issue.record("nothing saved")
            return
        }
        #expect(path == "my-demo.json")
        let audited = try ScenarioLibrary(testCards: try SandboxTestCards.bundled())
            .parseAudited(Data(text.utf8), source: path)
        #expect(audited.warnings == [])
        #expect(audited.scenario.createPaymentSession.paymentAmount == Amount(currency: "SGD", value: "6000"))
        #expect(frames.last?.textLines().joined(separator: "\n").contains("Saved my-demo.json") == true)
    }

    @Test("Esc quits without a scenario; the footer comes from the key table")
    func quit() async throws {
        let (app, frames, _) = try await run(Self.press(.escape))
        #expect(app.outcome == .quit)
        let footer = frames.first?.textLines().last ?? ""
        for hint in OrderFormKeys.map.map(\.hint) { #expect(footer.contains(hint.key)) }
    }
}

/// The commands a form run asked for, in order.
private final class SaveLog: Sendable {
    private let list = Mutex<[OrderFormCommand]>([])
    var commands: [OrderFormCommand] { list.withLock { $0 } }
    func append(_ command: OrderFormCommand) { list.withLock { $0.append(command) } }
}
