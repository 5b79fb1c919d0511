import CheckoutServices
import Foundation
import Histogram
import NIOCore

/// A load run's figures: throughput, latency percentiles, and every way an answer fell short.
public struct LoadReport: Codable, Sendable {
    public var api: String
    /// `closed` (as fast as the connections allow) or `open` (a fixed rate).
    public var mode: String
    public var connections: Int
    public var targetRate: Double?
    public var requests: Int
    public var seconds: Double
    public var requestsPerSecond: Double
    public var p50Milliseconds: Double
    public var p99Milliseconds: Double
    public var maxMilliseconds: Double
    /// No HTTP answer, HTTP other than 200, a body that is not Antom JSON, resultStatus other than S, or a
    /// sampled signature that does not verify.
    public var errors: Int
    /// How many of each: a result code, `HTTP <status>`, `transport`, `unreadable` or `badSignature`.
    public var errorKinds: [String: Int]
    public var signaturesVerified: Int
    public var loaderCPUSeconds: Double
    /// Only with --server-pid: the server's CPU seconds in the timed phase.
    public var serverCPUSeconds: Double?
    /// When the timed phase began and ended, in seconds since 1970 (UTC), to match against the server's log.
    public var startedAt: Double
    public var finishedAt: Double

    /// Reads every answer of `outcome` (sent from `calls`) and verifies the sampled signatures.
    public init(
        api: LoadAPI, mode: String, connections: Int, targetRate: Double?, calls: [SignedCall],
        outcome: LoadRunner.Outcome, clientId: String, apoPublic: VerifyingKey
    ) {
        var histogram = Histogram<UInt64>(highestTrackableValue: 120_000_000_000, numberOfSignificantValueDigits: .three)
        var kinds: [String: Int] = [:]
        var verified = 0
        let decoder = JSONDecoder()
        for exchange in outcome.exchanges {
            _ = histogram.record(exchange.latencyNanoseconds)
            let answer: Exchange.Answer
            switch exchange.answer {
            case .failure: kinds["transport", default: 0] += 1; continue
            case .success(let value): answer = value
            }
            guard answer.status == 200 else { kinds["HTTP \(answer.status)", default: 0] += 1; continue }
            let body = Data(answer.body.readableBytesView)
            guard let result = try? decoder.decode(ResultOnly.self, from: body).result else {
                kinds["unreadable", default: 0] += 1
                continue
            }
            if let headers = answer.headers {
                let call = calls[exchange.call % calls.count]
                do {
                    try SignedRequest.verifyResponse(
                        requestMethod: "POST", requestPath: call.path, clientId: clientId, headers: headers, body: body,
                        publicKey: apoPublic)
                    verified += 1
                } catch {
                    kinds["badSignature", default: 0] += 1
                    continue
                }
            }
            if result.resultStatus != "S" { kinds[result.resultCode, default: 0] += 1 }
        }
        let milliseconds = { (value: UInt64) in Double(value) / 1e6 }
        self.api = api.rawValue
        self.mode = mode
        self.connections = connections
        self.targetRate = targetRate
        requests = outcome.exchanges.count
        seconds = outcome.seconds
        requestsPerSecond = Double(outcome.exchanges.count) / outcome.seconds
        p50Milliseconds = milliseconds(histogram.valueAtPercentile(50))
        p99Milliseconds = milliseconds(histogram.valueAtPercentile(99))
        maxMilliseconds = milliseconds(histogram.max)
        errors = kinds.values.reduce(0, +)
        errorKinds = kinds
        signaturesVerified = verified
        loaderCPUSeconds = outcome.loaderCPUSeconds
        serverCPUSeconds = outcome.serverCPUSeconds
        startedAt = outcome.startedAt.timeIntervalSince1970
        finishedAt = outcome.finishedAt.timeIntervalSince1970
    }

    /// One line for people: `inquiryPayment closed c=32: 1234 req/s p50 3.1 ms p99 9.8 ms, 0 errors`.
    public var summary: String {
        let rate = targetRate.map { " rate=\(Int($0))" } ?? ""
        let kinds = errorKinds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "\(api) \(mode) c=\(connections)\(rate): \(requests) requests in \(format(seconds)) s, "
            + "\(Int(requestsPerSecond.rounded())) req/s, p50 \(format(p50Milliseconds)) ms, "
            + "p99 \(format(p99Milliseconds)) ms, max \(format(maxMilliseconds)) ms, \(errors) errors"
            + (kinds.isEmpty ? "" : " (\(kinds))") + ", \(signaturesVerified) signatures verified, "
            + "CPU: loader \(format(loaderCPUSeconds)) s"
            + (serverCPUSeconds.map { ", server \(format($0)) s (\(format($0 / seconds)) cores busy)" } ?? "")
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// Only the part of an Antom answer that says whether it succeeded.
    private struct ResultOnly: Decodable {
        struct Result: Decodable {
            var resultStatus: String
            var resultCode: String
        }
        var result: Result
    }
}
