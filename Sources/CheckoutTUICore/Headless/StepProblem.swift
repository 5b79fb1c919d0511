/// Why a step could not be carried out on the page as it is (a method not offered, a button not shown).
struct StepProblem: Error, Equatable, Sendable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
