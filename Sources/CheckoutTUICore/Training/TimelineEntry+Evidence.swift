import CheckoutDomain
import Foundation

extension TimelineEntry {
    /// What the entry says, as training grades a picked entry against a case's proving entry.
    public var evidenceFacts: EvidenceFacts {
        var facts = EvidenceFacts(source: source.rawValue, title: title)
        switch topic {
        case .event(let event)?:
            facts.paymentRequestId = event.paymentRequestId
            facts.resultStatus = event.result?.resultStatus
            facts.resultCode = event.result?.paymentResultCode ?? event.result?.resultCode
        case .call(_, let result?)?:
            facts.resultStatus = result.resultStatus.rawValue
            facts.resultCode = result.resultCode
            // `paymentRequestId · S SUCCESS · …`, as `TimelineEntry.call` writes it.
            let first = summary.components(separatedBy: " · ").first ?? ""
            if !first.isEmpty, first != "\(result.resultStatus.rawValue) \(result.resultCode)" { facts.paymentRequestId = first }
        case .notification(let notifyType, let result, let delivery)?:
            facts.notifyType = notifyType
            facts.resultStatus = result?.resultStatus.rawValue
            facts.resultCode = result?.resultCode
            facts.acked = delivery?.acked
            facts.paymentRequestId = delivery?.paymentRequestId
        case .resultCode(let code)?:
            facts.resultCode = code
        case .call(_, nil)?, nil:
            break
        }
        return facts
    }
}

extension Timeline {
    /// The index of the first entry that `match` takes, if any.
    public func firstIndex(matching match: EvidenceMatch) -> Int? {
        entries.firstIndex { match.matches($0.evidenceFacts) }
    }
}
