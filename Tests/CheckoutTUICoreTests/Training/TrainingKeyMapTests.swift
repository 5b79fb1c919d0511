import CheckoutDomain
@testable import CheckoutTUICore
import Testing

/// Training's keys are rows of the simulator's one key map: the same table drives training's keys, its footer and
/// its help, in the session's language, and the simulator's own help does not list them.
@Suite
struct TrainingKeyMapTests {
    @Test("training's rows are in the one key map and only training reads them")
    func rowsOfTheOneKeyMap() {
        let rows = KeyMap.bindings.filter { if case .training = $0.scope { true } else { false } }
        #expect(rows.count == KeyMap.training.count && !rows.isEmpty)
        #expect(!KeyMap.helpLines.contains { line in KeyMap.trainingHelpLines.contains { $0.text == line.text } })
        #expect(KeyMap.trainingAction(for: .character("a"), in: .ticket) == .answer)
        #expect(KeyMap.trainingAction(for: .character("a"), in: .choiceQuestion) == .choose("a"))
        #expect(KeyMap.trainingAction(for: .pageUp, in: .feedback) == .pageUp)
        #expect(KeyMap.trainingAction(for: .pageDown, in: .help) == .pageDown)
        #expect(KeyMap.trainingAction(for: .character("x"), in: .investigating) == nil)
    }

    @Test("the footer names scrolling only while the box has more than it shows, in the session's language")
    func footer() throws {
        let strings = try Strings.bundled()
        let english = strings.localizer(for: "en_US")
        let quiet = KeyMap.trainingHints(TrainingKeyContext(scope: .feedback), text: english)
        #expect(quiet.map(\.key) == ["Enter", "?", "q"])
        let scrolling = KeyMap.trainingHints(TrainingKeyContext(scope: .feedback, boxScrolls: true), text: english)
        #expect(scrolling.first == KeyHint("↑/↓", "scroll"))
        let question = KeyMap.trainingHints(TrainingKeyContext(scope: .choiceQuestion, boxScrolls: true), text: english)
        #expect(question.contains(KeyHint("↑/↓", "move")) && question.contains(KeyHint("PgUp/PgDn", "scroll")))
        let polish = KeyMap.trainingHints(TrainingKeyContext(scope: .list), text: strings.localizer(for: "pl_PL"))
        #expect(polish.contains(KeyHint("Enter", "otwórz przypadek")) && polish.contains(KeyHint("q", "wyjdź")), "\(polish)")
    }

    @Test("every training label and help line is translated in every bundled locale")
    func translated() throws {
        let strings = try Strings.bundled()
        let keys = KeyMap.training.compactMap { row -> StringKey? in if case .fixed(let key) = row.label { key } else { nil } }
            + KeyMap.trainingHelpLines.map(\.text) + [.trainingHelpSimulator]
        for locale in strings.locales {
            let text = strings.localizer(for: locale)
            for key in keys { #expect(text.hasOwnText(for: key), "\(locale) \(key.rawValue)") }
        }
    }
}

/// Training's one-line texts fit an 80-column terminal in every bundled locale, so none is cut short.
@Suite
struct TrainingLineWidthTests {
    @Test("the list's status line fits 80 columns in every locale")
    func statusFits() throws {
        let strings = try Strings.bundled()
        for locale in strings.locales {
            let status = " • " + strings.localizer(for: locale).text(.trainingPickCase)
            #expect(status.displayWidth <= 80, "\(locale): \(status.displayWidth) columns")
        }
    }
}

extension TrainingLineWidthTests {
    @Test("every bundled evidence question fits the status line at 80 columns in every locale")
    func evidenceQuestionFits() throws {
        let strings = try Strings.bundled()
        for entry in try TrainingLibrary.load() {
            let trainingCase = try #require(entry.trainingCase)
            for (index, question) in trainingCase.questions.enumerated() where question.kind == .evidence {
                for locale in strings.locales {
                    let text = strings.localizer(for: locale)
                    let heading = text.text(
                        .trainingQuestionNumber, ["number": "\(index + 1)", "total": "\(trainingCase.questions.count)"])
                    let prompt = question.prompt?.text(for: locale) ?? text.text(.trainingPromptEvidence)
                    let status = " ◆ \(heading): \(prompt)"
                    #expect(status.displayWidth <= 80, "\(entry.id) \(locale): \(status.displayWidth) columns")
                }
            }
        }
    }
}
