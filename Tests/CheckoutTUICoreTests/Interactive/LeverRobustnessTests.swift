import CheckoutDomain
import CheckoutTUICore
import Testing

/// Every key in the QA menus and with the explain pane is handled or ignored, and every frame fits its size.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct LeverRobustnessTests {
    nonisolated static let sizes = [Size(width: 20, height: 5), Size(width: 60, height: 18), Size(width: 80, height: 24)]
    static let keys = [
        "Up", "Down", "Left", "Right", "Home", "End", "PPage", "NPage", "Tab", "BTab", "BSpace", "DC", "F1", "C-a",
        "0", "7", "9", "x", "Space", "WheelUp(1,1)", "Click(1,1)",
    ]

    @Test("the picker, the decline codes, the time menu and the full-screen timeline with explain", arguments: sizes)
    func everyKey(size: Size) async throws {
        for opener in [["f"], ["f", "2"], ["T"], ["e", "t"], ["e"]] {
            let script = Script.keys("e") + opener.flatMap { Script.keys($0) } + Self.keys.flatMap { Script.keys($0) }
            let run = try await InteractiveHarness("sg-card-first-payment").run(script, size: size)
            #expect(!run.state.isFinished, "\(opener) at \(size)")
            for frame in run.frames {
                #expect(frame.textLines().count == frame.size.height)
                #expect(frame.textLines().allSatisfy { $0.displayWidth <= frame.size.width }, "\(opener) at \(size)")
            }
        }
    }
}
