import CheckoutDomain

/// `checkout-tui train` as an Elm-style program: the list of cases, then one case's investigation — the simulator
/// itself (`CheckoutApp`) as the case's steps left it — with the ticket, the questions and the feedback over it.
///
/// Grading is the domain's `Training.reduce`; this shell holds the screens, the cursor and the keys.
public struct TrainingApp: ProgramModel {
    /// Which screen is up.
    public enum Screen: Sendable {
        case list
        /// A case is being set up (its steps run).
        case opening(String)
        case investigating(TrainingCaseScreen)
    }

    public private(set) var entries: [TrainingCaseEntry]
    public private(set) var progress: TrainingProgress
    /// The session's locale (`--locale`); nil keeps each case's scenario's (and the list speaks en_US).
    public let locale: String?
    /// Training's own words (the list, the keys) come from here, in `locale`.
    let strings: Strings
    public private(set) var screen: Screen = .list
    public private(set) var cursor = 0
    /// Why the last thing failed (a case's steps, saving progress), shown on the list.
    public private(set) var notice: String?
    public private(set) var size: Size
    public private(set) var isFinished = false
    /// The keys overlay (`?`) is shown.
    public private(set) var showsHelp = false
    /// The keys overlay's first line shown.
    public private(set) var helpScroll = 0

    public init(entries: [TrainingCaseEntry], progress: TrainingProgress, locale: String?, strings: Strings, size: Size) {
        self.entries = entries
        self.progress = progress
        self.locale = locale
        self.strings = strings
        self.size = size
    }

    /// The list's words and keys in the session's locale.
    var text: Localizer { strings.localizer(for: locale) }

    public static func message(for key: Key) -> TrainingMessage { .key(key) }

    public static var tick: TrainingMessage? { .tick }

    public mutating func update(_ message: TrainingMessage) -> [TrainingCommand] {
        switch message {
        case .key(.resize(let newSize)):
            size = newSize
            return forward(.key(.resize(newSize)))
        case .key(let key):
            return handle(key)
        case .tick:
            return forward(.tick)
        case .opened(let id, let result):
            return opened(id, result)
        case .checkout(let message):
            return forward(message)
        case .progressSaved(let saved):
            progress = saved
            return []
        case .progressFailed(let reason):
            notice = reason
            return []
        }
    }

    /// An open case draws its simulator's screen whole, at the frame's size.
    public mutating func prepareFrame(size: Size) {
        guard case .investigating(var open) = screen else { return }
        open.app.prepareFrame(size: size)
        screen = .investigating(open)
    }

    public func view(size: Size) -> ScreenBuffer {
        var frame: RenderedFrame
        switch screen {
        case .list, .opening: frame = TrainingListView(app: self).render(size: size)
        case .investigating(let open): frame = TrainingCaseView(screen: open).render(size: size)
        }
        if showsHelp, AppLayout.fits(size) {
            let box = helpView.box(size: size)
            box.draw(into: &frame, scroll: helpScroll)
            let footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            frame.fill(footer, style: .normal)
            let hints = KeyMap.trainingHints(TrainingKeyContext(scope: .help, boxScrolls: box.scrolls), text: helpView.text)
            FooterView(hints: hints).draw(into: &frame, rect: footer)
        }
        return frame.buffer
    }

    /// The keys overlay, with the open case's simulator keys and language.
    private var helpView: TrainingHelpView {
        guard case .investigating(let open) = screen else { return TrainingHelpView(app: nil, text: text) }
        return TrainingHelpView(app: open.app, text: open.text.localizer)
    }

    /// The scope the key table is read in now.
    var scope: TrainingKeyScope {
        if showsHelp { return .help }
        guard case .investigating(let open) = screen else { return .list }
        return open.scope
    }

    private mutating func handle(_ key: Key) -> [TrainingCommand] {
        // In a text field of the page letters are typed, as in the simulator itself.
        let typing = if !showsHelp, case .investigating(let open) = screen, open.scope == .investigating, open.app.state.typing, key.isText {
            true
        } else {
            false
        }
        let action = typing ? nil : KeyMap.trainingAction(for: key, in: scope)
        if action == .quit {
            isFinished = true
            return []
        }
        if action == .help {
            showsHelp.toggle()
            helpScroll = 0
            return []
        }
        if showsHelp {
            scrollHelp(action)
            return []
        }
        switch screen {
        case .opening:
            return []
        case .list:
            return listKey(action)
        case .investigating(var open):
            guard let action else {
                // Keys training does not take are the simulator's: timeline, explain, inquiry, merchant actions.
                guard open.scope == .investigating else { return [] }
                let commands = open.app.update(.key(key))
                screen = .investigating(open)
                return commands.map { .checkout($0, open.runner) }
            }
            if action == .cases {
                screen = .list
                return []
            }
            let effects = open.perform(action, size: size)
            screen = .investigating(open)
            return effects.map { effect in
                switch effect {
                case .caseFinished(let result): .record(result)
                }
            }
        }
    }

    private mutating func scrollHelp(_ action: TrainingKeyAction?) {
        let box = helpView.box(size: size)
        let step: Int =
            switch action {
            case .up: -1
            case .down: 1
            case .pageUp: -max(1, box.visibleLines - 1)
            case .pageDown: max(1, box.visibleLines - 1)
            default: 0
            }
        helpScroll = min(max(0, helpScroll + step), box.maxScroll)
    }

    private mutating func listKey(_ action: TrainingKeyAction?) -> [TrainingCommand] {
        switch action {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, entries.count - 1), cursor + 1)
        case .confirm:
            guard entries.indices.contains(cursor) else { return [] }
            let entry = entries[cursor]
            if let error = entry.error {
                notice = error.description
                return []
            }
            notice = nil
            screen = .opening(entry.id)
            return [.open(entry, locale: locale)]
        default: break
        }
        return []
    }

    private mutating func opened(_ id: String, _ result: Result<OpenedCase, TrainingCaseError>) -> [TrainingCommand] {
        guard case .opening(id) = screen else { return [] }
        switch result {
        case .success(let opened):
            var app = opened.app
            _ = app.update(.key(.resize(size)))
            screen = .investigating(TrainingCaseScreen(opened: opened, app: app))
        case .failure(let error):
            // Steps that fail show the case as broken from now on; the others still open.
            if let index = entries.firstIndex(where: { $0.id == id }) { entries[index].loaded = .failure(error) }
            notice = error.description
            screen = .list
        }
        return []
    }

    /// The investigated app's own messages and ticks.
    private mutating func forward(_ message: AppMessage) -> [TrainingCommand] {
        guard case .investigating(var open) = screen else { return [] }
        let commands = open.app.update(message)
        screen = .investigating(open)
        return commands.map { .checkout($0, open.runner) }
    }
}

/// One open case: the simulator as its steps left it, the trainee's way through the questions, and the cursor.
public struct TrainingCaseScreen: Sendable {
    public internal(set) var app: CheckoutApp
    let runner: AppEffectRunner
    public internal(set) var session: TrainingSession
    /// The highlighted choice of a multiple-choice question.
    public internal(set) var choice = 0
    /// The feedback on the last answer.
    public internal(set) var feedback: TrainingFeedback?
    /// The first line the ticket, question, feedback or score box shows; back to the top as each opens.
    public internal(set) var boxScroll = 0

    init(opened: OpenedCase, app: CheckoutApp) {
        var app = app
        runner = opened.runner
        session = TrainingSession(trainingCase: opened.trainingCase)
        // The explain pane opens on the entry that explains the outcome, not on the latest.
        app.state.explaining = true
        app.state.timeline.select(app.state.timeline.outcomeIndex)
        self.app = app
    }

    /// The case's words, over the timeline as it is now (the trainee's own inquiries and actions included).
    public var text: TrainingText { TrainingText(trainingCase: session.trainingCase, app: app) }

    var scope: TrainingKeyScope {
        switch session.phase {
        case .ticket: .ticket
        case .investigating: .investigating
        case .question(let index): session.trainingCase.questions[index].kind.isMultipleChoice ? .choiceQuestion : .evidenceQuestion
        case .feedback: .feedback
        case .finished: .finished
        }
    }

    /// The current question, when one is open.
    var question: TrainingQuestion? {
        guard case .question(let index) = session.phase else { return nil }
        return session.trainingCase.questions[index]
    }

    mutating func perform(_ action: TrainingKeyAction, size: Size) -> [TrainingEffect] {
        let phase = session.phase
        let effects = perform(action, box: TrainingCaseView(screen: self).box(size: size))
        if session.phase != phase {
            boxScroll = 0
        } else if let box = TrainingCaseView(screen: self).box(size: size) {
            // A choice moved is kept in view; a page turned is the trainee's own choice of what to read.
            boxScroll =
                [.up, .down].contains(action)
                ? box.content.keepingCursorInView(boxScroll, height: box.visibleLines)
                : min(max(0, boxScroll), box.maxScroll)
        }
        return effects
    }

    private mutating func perform(_ action: TrainingKeyAction, box: TrainingBox?) -> [TrainingEffect] {
        switch action {
        case .confirm where scope == .ticket: return Training.reduce(&session, .ticketClosed)
        case .ticket: return Training.reduce(&session, .ticketOpened)
        case .answer: return open(Training.reduce(&session, .questionOpened))
        case .back:
            app.state.timelineExpanded = false
            return Training.reduce(&session, .questionClosed)
        case .up, .down:
            let step = action == .up ? -1 : 1
            if scope == .evidenceQuestion {
                app.selectTimelineEntry(by: step)
            } else if let count = question?.choices?.count {
                choice = min(max(0, choice + step), count - 1)
            } else {
                boxScroll += step
            }
            return []
        case .pageUp, .pageDown:
            let page = max(1, (box?.visibleLines ?? 1) - 1)
            boxScroll = min(max(0, boxScroll + (action == .pageUp ? -page : page)), box?.maxScroll ?? 0)
            return []
        case .choose(let id):
            guard let index = question?.choices?.firstIndex(where: { $0.id == id }) else { return [] }
            choice = index
            return answer(.choice(id))
        case .confirm where scope == .choiceQuestion:
            guard let id = question?.choices?[choice].id else { return [] }
            return answer(.choice(id))
        case .confirm where scope == .evidenceQuestion:
            let entries = app.state.timeline.entries
            let index = app.state.timeline.selected ?? entries.count - 1
            return answer(text.answer(.entry(index + 1)))
        case .confirm where scope == .feedback:
            feedback = nil
            return open(Training.reduce(&session, .feedbackRead))
        default:
            return []
        }
    }

    private mutating func answer(_ answer: TrainingAnswer) -> [TrainingEffect] {
        guard let question else { return [] }
        let effects = Training.reduce(&session, .answered(answer))
        if let verdict = session.verdicts.last { feedback = text.feedback(question, verdict) }
        return effects
    }

    /// A question just opened: choices start at the top; an evidence question shows the timeline full-screen with
    /// the explain pane, the selection on the newest entry so the pick is the trainee's own.
    private mutating func open(_ effects: [TrainingEffect]) -> [TrainingEffect] {
        choice = 0
        let evidence = scope == .evidenceQuestion
        app.state.timelineExpanded = evidence
        app.state.explaining = true
        if evidence { app.state.timeline.select(app.state.timeline.entries.indices.last) }
        return effects
    }
}
