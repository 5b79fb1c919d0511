import CheckoutDomain
import DequeModule
import Foundation

/// Posts `serve`'s notifications without letting one merchant endpoint hold up another: one queue per endpoint
/// (scheme, host and port of the notify URL), at most `perEndpoint` attempts in flight to any one endpoint and at
/// most `total` in all. A hung endpoint fills only its own slots; a healthy endpoint beside it keeps its pace.
///
/// Each answer is recorded on the mock that owns the notification as soon as the mock's store is free
/// (`MockAPO.recordDeliveries`): the answers that came while the previous write ran go in one SQLite transaction,
/// so a burst costs one commit per batch while a lone answer is written at once. Retries are scheduled from the
/// moment of each attempt, as Antom's are.
actor DeliveryScheduler {
    /// One claimed attempt and the mock to tell the answer.
    struct Job: Sendable {
        let notification: OutboundNotification
        let apo: MockAPO
    }

    private let sink: any NotificationSink
    private let perEndpoint: Int
    private let total: Int
    /// The most claimed attempts it holds (queued, in flight or being recorded). The pump claims only what fits,
    /// so a backlog waits in the mocks' outboxes, each body held once, and an attempt's request-time is taken
    /// shortly before it is posted rather than when a backlog began.
    nonisolated let window: Int
    /// Rung when the attempts held fall to half the window, so that the pump claims more at once.
    private let doorbell: Doorbell?
    /// The doorbell was rung and the pump has claimed nothing since.
    private var askedForMore = false
    /// Taken from the front as attempts start: a deque, since a backlog of thousands waits in one.
    private var queues: [String: Deque<Job>] = [:]
    /// Endpoints with jobs waiting, oldest first; served round-robin when the total limit binds.
    private var waiting: Deque<String> = []
    private var inFlight: [String: Int] = [:]
    private var running: [UUID: Task<Void, Never>] = [:]
    /// Answers not yet handed to their mock, per mock, in the order they came.
    private var answered: [ObjectIdentifier: (apo: MockAPO, answers: [DeliveryAnswer])] = [:]
    /// Mocks whose store is writing a batch of answers now.
    private var recording: Set<ObjectIdentifier> = []

    init(sink: any NotificationSink, perEndpoint: Int, total: Int, doorbell: Doorbell? = nil) {
        self.sink = sink
        self.perEndpoint = max(1, perEndpoint)
        self.total = max(self.perEndpoint, total)
        window = self.total * 4
        self.doorbell = doorbell
    }

    /// How many more claimed attempts it takes now.
    var room: Int { max(0, window - backlog) }

    func enqueue(_ notifications: [OutboundNotification], from apo: MockAPO) {
        if !notifications.isEmpty { askedForMore = false }
        for notification in notifications {
            let endpoint = Self.endpoint(of: notification.url)
            if queues[endpoint, default: []].isEmpty { waiting.append(endpoint) }
            queues[endpoint, default: []].append(Job(notification: notification, apo: apo))
        }
        startWhatFits()
    }

    /// Attempts queued, in flight or answered and not yet recorded: zero once every claimed attempt is on disk.
    var backlog: Int {
        queues.values.map(\.count).reduce(0, +) + running.count + answered.values.map(\.answers.count).reduce(0, +)
            + recording.count
    }

    /// Stops every attempt in flight (the server is stopping); their notifications stay pending in the store.
    /// Answers already in are still recorded.
    func cancelAll() {
        for task in running.values { task.cancel() }
        queues = [:]
        waiting = []
    }

    private func startWhatFits() {
        var index = 0
        while running.count < total, index < waiting.count {
            let endpoint = waiting[index]
            guard inFlight[endpoint, default: 0] < perEndpoint, let job = queues[endpoint]?.popFirst() else {
                index += 1
                continue
            }
            // Round-robin: this endpoint goes to the back of the line, or out of it when nothing is left.
            waiting.remove(at: index)
            if queues[endpoint]?.isEmpty == false { waiting.append(endpoint) } else { queues[endpoint] = nil }
            start(job, endpoint: endpoint)
        }
    }

    private func start(_ job: Job, endpoint: String) {
        inFlight[endpoint, default: 0] += 1
        let id = UUID()
        let sink = sink
        running[id] = Task {
            let outcome = await sink.deliver(job.notification)
            let answer = Task.isCancelled ? nil : DeliveryAnswer(notification: job.notification, outcome: outcome)
            self.finished(id, endpoint: endpoint, answer: answer, from: job.apo)
        }
    }

    /// Frees the attempt's places, queues its answer for recording and starts what now fits.
    private func finished(_ id: UUID, endpoint: String, answer: DeliveryAnswer?, from apo: MockAPO) {
        running[id] = nil
        let left = inFlight[endpoint, default: 1] - 1
        inFlight[endpoint] = left > 0 ? left : nil
        if let answer {
            answered[ObjectIdentifier(apo), default: (apo, [])].answers.append(answer)
            recordAnswers(of: apo)
        }
        startWhatFits()
        askForMoreIfLow()
    }

    /// Rings for the pump once the attempts held, recorded ones gone, are half the window or fewer.
    private func askForMoreIfLow() {
        guard !askedForMore, backlog <= window / 2 else { return }
        askedForMore = true
        doorbell?.ring()
    }

    /// Hands `apo` every answer waiting for it, unless it is writing a batch already (then they go in the next).
    private func recordAnswers(of apo: MockAPO) {
        let key = ObjectIdentifier(apo)
        guard !recording.contains(key), let batch = answered.removeValue(forKey: key)?.answers, !batch.isEmpty else {
            return
        }
        recording.insert(key)
        Task {
            await apo.recordDeliveries(batch)
            self.recorded(apo)
        }
    }

    private func recorded(_ apo: MockAPO) {
        recording.remove(ObjectIdentifier(apo))
        recordAnswers(of: apo)
        askForMoreIfLow()
    }

    /// `http://merchant.example:8080` from any URL there; the whole text when it is not a URL with a host.
    static func endpoint(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(), !host.isEmpty
        else { return url }
        let scheme = components.scheme?.lowercased() ?? "http"
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }
}
