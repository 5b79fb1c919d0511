import CheckoutDomain

/// What reaches the training shell: keys and ticks, an opened case, the investigated app's own messages, and
/// whether progress was saved.
public enum TrainingMessage: Sendable {
    case key(Key)
    case tick
    case opened(id: String, Result<OpenedCase, TrainingCaseError>)
    case checkout(AppMessage)
    case progressSaved(TrainingProgress)
    case progressFailed(String)
}

/// What the training shell asks the edge to do.
public enum TrainingCommand: Sendable {
    /// Set a case's situation up (its scenario and steps) in the session's locale.
    case open(TrainingCaseEntry, locale: String?)
    /// One of the investigated app's commands, run by that case's effect runner.
    case checkout(AppCommand, AppEffectRunner)
    /// Keep a finished case in the trainee's progress.
    case record(TrainingCaseResult)
}

/// A case whose situation is set up: the app as the steps left it and the runner its commands go through.
public struct OpenedCase: Sendable {
    public var trainingCase: TrainingCase
    public var app: CheckoutApp
    public var runner: AppEffectRunner

    @MainActor
    public init(_ situation: TrainingSituation) {
        trainingCase = situation.trainingCase
        app = situation.session.app
        runner = situation.session.checkout.runner
    }
}
