import CheckoutDomain
import Foundation

/// `checkout-tui new` as an Elm-style program: a form for the order a merchant would set up, which starts the
/// checkout with it or saves it as a scenario file. Saving is a command the executable performs.
public struct OrderFormApp: ProgramModel {
    public private(set) var form = OrderForm()
    /// Set when the form is done: start the checkout with the scenario, or quit.
    public private(set) var outcome: OrderFormOutcome?
    let builder: ScenarioBuilder
    let clock: any WallClock
    /// The locales the simulator has texts for; another is refused before the checkout starts.
    let locales: [String]

    public init(builder: ScenarioBuilder, clock: any WallClock, locales: [String]) {
        self.builder = builder
        self.clock = clock
        self.locales = locales
    }

    public var isFinished: Bool { outcome != nil }

    public static func message(for key: Key) -> OrderFormInput { .key(key) }

    public static var tick: OrderFormInput? { nil }

    public mutating func update(_ message: OrderFormInput) -> [OrderFormCommand] {
        switch message {
        case .key(let key): return handle(key)
        case .saved(let path):
            form.message = .done("Saved \(path). Run it with: checkout-tui --scenario \(path)")
        case .saveFailed(let reason):
            form.message = .problem(reason)
        }
        return []
    }

    public func view(size: Size) -> ScreenBuffer {
        OrderFormView(form: form).render(size: size)
    }

    private mutating func handle(_ key: Key) -> [OrderFormCommand] {
        let row = form.focus
        switch (OrderFormKeys.action(for: key), row.kind) {
        case (.quit, _): outcome = .quit
        case (.next, _): move(by: 1)
        case (.previous, _): move(by: -1)
        case (.erase, .text): form.values[row] = String(form.value(row).dropLast())
        case (.toggle, .text): form.values[row, default: ""].append(" ")
        case (.toggle, .toggle), (.activate, .toggle): flip(row)
        case (.activate, .text): move(by: 1)
        case (.activate, .button), (.toggle, .button): return press(row)
        default:
            guard case .character(let character) = key, row.kind == .text else { return [] }
            form.values[row, default: ""].append(character)
        }
        return []
    }

    private mutating func move(by step: Int) {
        let rows = OrderFormRow.allCases
        let index = rows.firstIndex(of: form.focus) ?? 0
        form.focus = rows[min(max(index + step, 0), rows.count - 1)]
    }

    private mutating func flip(_ row: OrderFormRow) {
        if form.switchedOn.contains(row) { form.switchedOn.remove(row) } else { form.switchedOn.insert(row) }
    }

    private mutating func press(_ button: OrderFormRow) -> [OrderFormCommand] {
        let scenario: Scenario
        do throws(DraftError) {
            let draft = try form.draft()
            if let locale = draft.locale, !locales.contains(locale) {
                throw DraftError(.locale, "\(locale): the simulator has texts for \(locales.joined(separator: ", "))")
            }
            scenario = try builder.build(draft, now: clock.now())
        } catch {
            let row = OrderFormRow.row(for: error.field)
            form.message = .problem("\(row?.label ?? error.field.flag): \(error.problem)")
            if let row { form.focus = row }
            return []
        }
        guard button == .save else {
            outcome = .start(scenario)
            return []
        }
        let name = form.value(.fileName).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            form.message = .problem("Save as: give a file name, like my-demo.json")
            form.focus = .fileName
            return []
        }
        let path = name.hasSuffix(".json") ? name : name + ".json"
        return [.save(path: path, text: ScenarioTemplate.render(scenario))]
    }
}

/// What reaches the form: keys, and how a save went.
public enum OrderFormInput: Equatable, Sendable {
    case key(Key)
    case saved(path: String)
    case saveFailed(String)
}

/// What the form asks the executable to do.
public enum OrderFormCommand: Equatable, Sendable {
    /// Write `text` (a commented scenario) to `path`.
    case save(path: String, text: String)
}

/// How the form ended.
public enum OrderFormOutcome: Equatable, Sendable {
    case start(Scenario)
    case quit
}
