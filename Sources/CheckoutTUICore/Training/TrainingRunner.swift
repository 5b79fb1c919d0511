import CheckoutDomain

/// Performs training's commands: sets a case's situation up on the in-process mock, runs the investigated app's
/// commands through that case's effect runner, and keeps finished cases through `record` (the executable's
/// progress store; a fake in tests).
public struct TrainingRunner: Sendable {
    let testCards: SandboxTestCards
    /// The simulated terminal the case's steps run at (what `expectScreen` steps see).
    let size: Size
    let record: @Sendable (TrainingCaseResult) async -> TrainingMessage

    public init(
        testCards: SandboxTestCards, size: Size = Size(width: 120, height: 40),
        record: @escaping @Sendable (TrainingCaseResult) async -> TrainingMessage
    ) {
        self.testCards = testCards
        self.size = size
        self.record = record
    }

    public func perform(_ command: TrainingCommand) async -> [TrainingMessage] {
        switch command {
        case .open(let entry, let locale):
            return [.opened(id: entry.id, await open(entry, locale: locale))]
        case .checkout(let command, let runner):
            return await runner.perform(command).map(TrainingMessage.checkout)
        case .record(let result):
            return [await record(result)]
        }
    }

    @MainActor
    private func open(_ entry: TrainingCaseEntry, locale: String?) async -> Result<OpenedCase, TrainingCaseError> {
        do {
            return .success(OpenedCase(try await TrainingSituation.open(entry, locale: locale, testCards: testCards, size: size)))
        } catch {
            return .failure(error)
        }
    }
}
