import CheckoutDomain

/// A case's words in the session's locale: the ticket, each question and its choices, answers and feedback.
public struct TrainingText: Sendable {
    public let trainingCase: TrainingCase
    public let locale: String
    let localizer: Localizer
    let explainer: Explainer?
    /// The timeline the case's steps left, which entry numbers refer to (1 is the oldest).
    let entries: [TimelineEntry]

    public init(trainingCase: TrainingCase, app: CheckoutApp) {
        self.trainingCase = trainingCase
        explainer = app.environment.explainer
        locale = app.environment.explainer?.locale ?? Strings.fallbackLocale
        localizer = app.environment.page.strings.localizer(for: locale)
        entries = app.state.timeline.entries
    }

    public var title: String { trainingCase.title.text(for: locale) }

    public var ticketHeading: String {
        localizer.text(trainingCase.ticket.from == .buyer ? .trainingTicketFromBuyer : .trainingTicketFromMerchant)
    }

    public var ticket: String { trainingCase.ticket.text.text(for: locale) }

    public func heading(_ index: Int) -> String {
        localizer.text(.trainingQuestionNumber, ["number": "\(index + 1)", "total": "\(trainingCase.questions.count)"])
    }

    public func prompt(_ question: TrainingQuestion) -> String {
        if let prompt = question.prompt { return prompt.text(for: locale) }
        let key: StringKey =
            switch question.kind {
            case .evidence: .trainingPromptEvidence
            case .whatHappened: .trainingPromptWhatHappened
            case .tellTheBuyer: .trainingPromptTellTheBuyer
            case .merchantFix: .trainingPromptMerchantFix
            }
        return localizer.text(key)
    }

    public var pickEntryHint: String { localizer.text(.trainingPickEntry) }

    /// `b) The bank declined…`.
    public func choice(_ question: TrainingQuestion, _ id: String) -> String {
        let text = question.choices?.first { $0.id == id }?.text.text(for: locale) ?? ""
        return "\(id)) \(text)"
    }

    /// `entry 9: SDK_PAYMENT_FAIL · F · DO_NOT_HONOR`.
    public func entry(_ number: Int) -> String {
        guard entries.indices.contains(number - 1) else {
            return localizer.text(.trainingNoEntry, ["number": "\(number)"])
        }
        let entry = entries[number - 1]
        let title = [entry.source.rawValue + " " + entry.title, entry.summary].filter { !$0.isEmpty }.joined(separator: " · ")
        return localizer.text(.trainingEntry, ["number": "\(number)", "title": title])
    }

    /// The facts of entry `number` (1 is the oldest), nil when there is none.
    public func facts(ofEntry number: Int) -> EvidenceFacts? {
        entries.indices.contains(number - 1) ? entries[number - 1].evidenceFacts : nil
    }

    /// The trainee's answer as the grader takes it.
    public func answer(_ value: TrainingAnswerValue) -> TrainingAnswer {
        switch value {
        case .choice(let id): .choice(id)
        case .entry(let number): .entry(number: number, facts: facts(ofEntry: number))
        }
    }

    /// The first entry that proves the cause, 1-based.
    public var evidenceNumber: Int? {
        trainingCase.evidence.flatMap { match in entries.firstIndex { match.matches($0.evidenceFacts) } }.map { $0 + 1 }
    }

    /// What the explain pane says about the proving entry: what every answer's feedback rests on.
    public var restsOn: Explanation? {
        guard let number = evidenceNumber, let explainer, let topic = entries[number - 1].topic else { return nil }
        return CheckoutApp.explain(topic, with: explainer)
    }

    /// The feedback on one graded answer.
    public func feedback(_ question: TrainingQuestion, _ verdict: TrainingVerdict) -> TrainingFeedback {
        func said(_ answer: String) -> String {
            question.kind.isMultipleChoice ? choice(question, answer) : Int(answer).map(entry) ?? answer
        }
        let right: String =
            switch question.answer {
            case .choice(let id): choice(question, id)
            case .evidence(let match): evidenceNumber.map(entry) ?? match.description
            }
        return TrainingFeedback(
            isRight: verdict.isRight, verdict: localizer.text(verdict.isRight ? .trainingRight : .trainingWrong),
            prompt: prompt(question), yourAnswer: localizer.text(.trainingYourAnswer, ["answer": said(verdict.answer)]),
            rightAnswer: localizer.text(.trainingRightAnswer, ["answer": right]),
            whyHeading: localizer.text(.trainingWhy), why: question.why.text(for: locale),
            restsOnHeading: localizer.text(.trainingRestsOn), restsOn: restsOn.map { explanation in
                [explanation.title, explanation.whatHappened].filter { !$0.isEmpty }.joined(separator: ": ")
            },
            sources: restsOn.map { localizer.text(.trainingSources, ["sources": $0.sources.joined(separator: "; ")]) })
    }

    public func score(_ right: Int, of total: Int) -> String {
        localizer.text(.trainingScore, ["right": "\(right)", "total": "\(total)"])
    }

    public var finished: String { localizer.text(.trainingFinished) }
}

/// What the trainee reads after answering: right or wrong, why, and the explanation it rests on.
public struct TrainingFeedback: Codable, Equatable, Sendable {
    public var isRight: Bool
    /// `Right` / `Wrong` in the session's locale.
    public var verdict: String
    public var prompt: String
    public var yourAnswer: String
    public var rightAnswer: String
    public var whyHeading: String
    public var why: String
    public var restsOnHeading: String
    /// The proving entry's explanation: its title and what happened.
    public var restsOn: String?
    /// Where that explanation comes from, as Antom's documentation names it.
    public var sources: String?
}
