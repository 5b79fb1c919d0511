import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Issue 15: pasting 5,000 characters into a field froze the UI (one update and one frame per character) and the
/// text was cut silently. A paste arrives as one burst: one edit, one frame, and the cut said under the field.
@MainActor
@Suite("Paste")
struct PasteTests {
    @Test("5,000 pasted characters: the field keeps what fits, says what was cut, and one frame follows")
    func longPaste() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let pasted = AppHarness.visa + String(repeating: "9", count: 5000 - AppHarness.visa.count)
        let before = await harness.run(Script.openCardForm)
        let run = await harness.run(Script.openCardForm + [.paste(pasted)])
        // One frame for the whole paste (not 5,000).
        #expect(run.frames.count <= before.frames.count + 1)
        let draft = try #require(run.state.page.draft)
        #expect(draft.cardNumber.count == 19)
        #expect(run.lastText.contains("4054 6957 2310 0768 999"))
        #expect(draft.cut[.cardNumber] == FieldCut(kept: 19, dropped: 4981))
        #expect(run.lastText.contains("Only 19 characters fit: 4981 left out"))
    }

    @Test("a paste is the same as typing its keys one by one")
    func sameAsTyping() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let text = "4054 6957 2310 0768"
        let pasted = await harness.run(Script.openCardForm + [.paste(text)])
        let typed = try await AppHarness("sg-card-first-payment").run(Script.openCardForm + Script.text(text))
        #expect(pasted.state.page.draft == typed.state.page.draft)
        #expect(pasted.lastText == typed.lastText)
    }

    @Test("typing past the limit says so too, and the note goes once the field is edited back")
    func typedPastLimit() async throws {
        let typed = Script.openCardForm + Script.text(AppHarness.visa + "1234")
        let over = try await AppHarness("sg-card-first-payment").run(typed)
        #expect(over.state.page.draft?.cut[.cardNumber] == FieldCut(kept: 19, dropped: 1))
        #expect(over.lastText.contains("Only 19 characters fit: 1 left out"))
        let back = try await AppHarness("sg-card-first-payment").run(typed + Script.keys("BSpace"))
        let draft = try #require(back.state.page.draft)
        #expect(draft.cut[.cardNumber] == nil)
        #expect(draft.cardNumber.count == 18)
    }

    @Test("a paste where no field has the cursor is keys, as before")
    func pasteOutsideField() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let run = await harness.run([.paste("?")])
        #expect(run.state.overlay == .help)
    }
}
