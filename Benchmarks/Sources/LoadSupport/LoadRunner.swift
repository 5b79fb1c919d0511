import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends pre-signed calls over keep-alive HTTP/1.1 connections, closed loop (as fast as `connections` allow)
/// or open loop (a fixed schedule, latency counted from each request's intended send time, so a stalled server
/// is charged for the requests that queued behind the stall: no coordinated omission).
public struct LoadRunner: Sendable {
    public let baseURL: String
    public let connections: Int
    /// Every n-th answer keeps its headers so its signature can be verified afterwards.
    public let sampleEvery: Int
    /// The server's process id, to report the CPU time it spent in the timed phase alone.
    public let serverPID: Int32?

    public init(baseURL: String, connections: Int, sampleEvery: Int, serverPID: Int32?) {
        self.baseURL = baseURL
        self.connections = connections
        self.sampleEvery = sampleEvery
        self.serverPID = serverPID
    }

    /// What a run produced, before any answer is looked at.
    public struct Outcome: Sendable {
        public let exchanges: [Exchange]
        public let seconds: Double
        public let loaderCPUSeconds: Double
        public let serverCPUSeconds: Double?
        /// The wall clock when the timed phase began and ended, to find what the server logged inside it.
        public let startedAt: Date
        public let finishedAt: Date
    }

    /// `total` requests (calls reused round-robin when fewer), `connections` at a time, stopping early at
    /// `duration` seconds if given.
    public func closedLoop(_ calls: [SignedCall], total: Int, duration: Double?) async -> Outcome {
        await withClient { client in
            let start = Stopwatch.now()
            let deadline = duration.map { start + UInt64($0 * 1e9) } ?? .max
            let workers = min(connections, total)
            let exchanges = await withTaskGroup(of: [Exchange].self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var mine: [Exchange] = []
                        for index in stride(from: worker, to: total, by: workers) {
                            let sent = Stopwatch.now()
                            if sent >= deadline { break }
                            mine.append(await send(calls[index % calls.count], index: index, from: sent, client))
                        }
                        return mine
                    }
                }
                var all: [Exchange] = []
                for await mine in group { all += mine }
                return all
            }
            return (exchanges, Double(Stopwatch.now() - start) / 1e9)
        }
    }

    /// `rate` requests per second for `duration` seconds on a fixed schedule.
    public func openLoop(_ calls: [SignedCall], rate: Double, duration: Double) async -> Outcome {
        await withClient { client in
            let total = Int(rate * duration)
            let interval = 1e9 / rate
            let start = Stopwatch.now()
            let exchanges = await withTaskGroup(of: Exchange.self) { group in
                for index in 0..<total {
                    let intended = start + UInt64(Double(index) * interval)
                    let now = Stopwatch.now()
                    if intended > now { try? await Task.sleep(nanoseconds: intended - now) }
                    group.addTask { await send(calls[index % calls.count], index: index, from: intended, client) }
                }
                var all: [Exchange] = []
                all.reserveCapacity(total)
                for await exchange in group { all.append(exchange) }
                return all
            }
            return (exchanges, Double(Stopwatch.now() - start) / 1e9)
        }
    }

    private func withClient(
        _ body: @Sendable (HTTPClient) async -> ([Exchange], Double)
    ) async -> Outcome {
        var configuration = HTTPClient.Configuration()
        configuration.httpVersion = .http1Only
        configuration.connectionPool = .init(
            idleTimeout: .seconds(120), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let serverBefore = serverPID.flatMap(CPUTime.ofProcess)
        let cpuBefore = CPUTime.ofThisProcess()
        let startedAt = Date()
        let (exchanges, seconds) = await body(client)
        let finishedAt = Date()
        let cpu = CPUTime.ofThisProcess() - cpuBefore
        let serverAfter = serverPID.flatMap(CPUTime.ofProcess)
        try? await client.shutdown()
        let server = serverBefore.flatMap { before in serverAfter.map { $0 - before } }
        return Outcome(
            exchanges: exchanges, seconds: seconds, loaderCPUSeconds: cpu, serverCPUSeconds: server,
            startedAt: startedAt, finishedAt: finishedAt)
    }

    private func send(_ call: SignedCall, index: Int, from start: UInt64, _ client: HTTPClient) async -> Exchange {
        var request = HTTPClientRequest(url: baseURL + call.path)
        request.method = .POST
        for header in call.headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(call.body)
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 1 << 20)
            let done = Stopwatch.now()
            let headers = index % sampleEvery == 0
                ? Dictionary(response.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
                : nil
            return Exchange(
                call: index, latencyNanoseconds: done - start,
                answer: .success(.init(status: response.status.code, body: body, headers: headers)))
        } catch {
            return Exchange(
                call: index, latencyNanoseconds: Stopwatch.now() - start,
                answer: .failure(TransportFailure(message: String(describing: error))))
        }
    }
}
