import CheckoutDomain
import Foundation

/// Posts `serve`'s notifications without letting one merchant endpoint hold up another: one queue per endpoint
/// (scheme, host and port of the notify URL), at most `perEndpoint` attempts in flight to any one endpoint and at
/// most `total` in all. A hung endpoint fills only its own slots; a healthy endpoint beside it keeps its pace.
///
/// Each answer is recorded on the mock that owns the notification as soon as it comes (`MockAPO.recordDelivery`),
/// so retries are scheduled from the moment of each attempt, as Antom's are.
actor DeliveryScheduler {
    /// One claimed attempt and the mock to tell the answer.
    struct Job: Sendable {
        let notification: OutboundNotification
        let apo: MockAPO
    }

    private let sink: any NotificationSink
    private let perEndpoint: Int
    private let total: Int
    private var queues: [String: [Job]] = [:]
    /// Endpoints with jobs waiting, oldest first; served round-robin when the total limit binds.
    private var waiting: [String] = []
    private var inFlight: [String: Int] = [:]
    private var running: [UUID: Task<Void, Never>] = [:]

    init(sink: any NotificationSink, perEndpoint: Int, total: Int) {
        self.sink = sink
        self.perEndpoint = max(1, perEndpoint)
        self.total = max(self.perEndpoint, total)
    }

    func enqueue(_ notifications: [OutboundNotification], from apo: MockAPO) {
        for notification in notifications {
            let endpoint = Self.endpoint(of: notification.url)
            if queues[endpoint, default: []].isEmpty { waiting.append(endpoint) }
            queues[endpoint, default: []].append(Job(notification: notification, apo: apo))
        }
        startWhatFits()
    }

    /// Attempts queued or in flight, for tests and the log.
    var backlog: Int { queues.values.map(\.count).reduce(0, +) + running.count }

    /// Stops every attempt in flight (the server is stopping); their notifications stay pending in the store.
    func cancelAll() {
        for task in running.values { task.cancel() }
        queues = [:]
        waiting = []
    }

    private func startWhatFits() {
        var index = 0
        while running.count < total, index < waiting.count {
            let endpoint = waiting[index]
            guard inFlight[endpoint, default: 0] < perEndpoint, var queue = queues[endpoint], !queue.isEmpty else {
                index += 1
                continue
            }
            let job = queue.removeFirst()
            queues[endpoint] = queue.isEmpty ? nil : queue
            if queue.isEmpty {
                waiting.remove(at: index)
            } else {
                // Round-robin: this endpoint goes to the back of the line.
                waiting.remove(at: index)
                waiting.append(endpoint)
            }
            start(job, endpoint: endpoint)
        }
    }

    private func start(_ job: Job, endpoint: String) {
        inFlight[endpoint, default: 0] += 1
        let id = UUID()
        let sink = sink
        running[id] = Task {
            let outcome = await sink.deliver(job.notification)
            if !Task.isCancelled { await job.apo.recordDelivery(job.notification, outcome) }
            self.finished(id, endpoint: endpoint)
        }
    }

    private func finished(_ id: UUID, endpoint: String) {
        running[id] = nil
        let left = inFlight[endpoint, default: 1] - 1
        inFlight[endpoint] = left > 0 ? left : nil
        startWhatFits()
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
