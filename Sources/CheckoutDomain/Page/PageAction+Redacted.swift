import Foundation

/// Printing, logging or dumping an action never shows a typed card number or CVV.
extension PageAction: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        switch self {
        case .mount(let sessionData, let mode): "mount(sessionData: \(sessionData.prefix(16))…, mode: \(mode.rawValue))"
        case .unmount: "unmount"
        case .methodSelected(let type): "methodSelected(\(type))"
        case .savedCardSelected(let token): "savedCardSelected(\(token))"
        case .fieldFocused(let field): "fieldFocused(\(field.rawValue))"
        case .nextFieldFocused: "nextFieldFocused"
        case .previousFieldFocused: "previousFieldFocused"
        case .fieldEdited(let field, let text): "fieldEdited(\(field.rawValue), \(Self.redacted(text, in: field)))"
        case .cardNumberTyped(let text): "cardNumberTyped(\(Self.redacted(text, in: .cardNumber)))"
        case .keysTyped(let field, let text): "keysTyped(\(field.rawValue), \(Self.redacted(text, in: field)))"
        case .backspacePressed(let field): "backspacePressed(\(field.rawValue))"
        case .saveCardToggled: "saveCardToggled"
        case .payPressed: "payPressed"
        case .redirectConfirmed: "redirectConfirmed"
        case .challengePassed: "challengePassed"
        case .challengeFailed: "challengeFailed"
        case .challengeAbandoned: "challengeAbandoned"
        case .redirectApproved: "redirectApproved"
        case .redirectDeclined: "redirectDeclined"
        case .redirectAbandoned: "redirectAbandoned"
        case .retryPressed: "retryPressed"
        case .backPressed: "backPressed"
        case .leavePressed: "leavePressed"
        case .backToMerchantPressed: "backToMerchantPressed"
        case .sessionLoaded(.ready(let session)): "sessionLoaded(ready: \(session.paymentSessionId))"
        case .sessionLoaded(.rejected(let result)): "sessionLoaded(rejected: \(result.resultCode))"
        case .paymentAnswered(let response):
            "paymentAnswered(\(response.result.resultStatus.rawValue) \(response.result.resultCode), "
                + "paymentId: \(response.paymentId ?? "-"))"
        case .callFailed(let error): "callFailed(\(error))"
        case .timerFired(let timer): "timerFired(\(timer.rawValue))"
        }
    }

    public var debugDescription: String { "PageAction.\(description)" }
    public var customMirror: Mirror { Mirror(self, children: ["action": description]) }

    /// Card numbers show masked; CVVs as bullets; other fields as typed.
    static func redacted(_ text: String, in field: FormField) -> String {
        switch field {
        case .cardNumber: CardNumber(text).masked
        case .cvv: String(repeating: "•", count: text.count)
        default: text
        }
    }
}
