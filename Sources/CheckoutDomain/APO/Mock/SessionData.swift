import Foundation

/// `paymentSessionData` shaped like Antom's: `<base64 opaque>&&<REGION>&&188&&<base64 JSON>`.
///
/// The opaque part stands for Antom's encrypted blob: 64 bytes derived from the session id and client id, so a
/// hand-edited value is caught. The JSON part mirrors the one Antom sends (extendInfo, paymentSessionConfig…)
/// and also names the `paymentSessionId`, which is how the mock finds the session again.
public enum SessionData {
    /// The fixed third field of every sample Antom shows.
    public static let marker = "188"

    static func make(paymentSessionId: String, clientId: String, region: String, locale: String?) -> String {
        let opaque = Data(opaqueBytes(paymentSessionId: paymentSessionId, clientId: clientId)).base64EncodedString()
        let json = Data(copying: config(paymentSessionId: paymentSessionId, locale: locale)).base64EncodedString()
        return "\(opaque)&&\(region)&&\(marker)&&\(json)"
    }

    /// The JSON part before base64, written around its two varying values: the bytes `WireCoding` gives the same
    /// object (keys sorted, the extendInfo object carried as a string), without building a tree for a shape that
    /// never changes (`SessionTests`).
    static func config(paymentSessionId: String, locale: String?) -> [UInt8] {
        var extendInfo = WireJSONWriter(capacity: 96)
        extendInfo.append(#"{"OPEN_MULTI_PAYMENT_ABILITY":"true","locale":"#)
        extendInfo.write(string: locale ?? "en_US")
        extendInfo.append(#","displayAntomLogo":"true"}"#)
        var config = WireJSONWriter(capacity: 320)
        config.append(#"{"extendInfo":"#)
        config.write(string: String(decoding: extendInfo.bytes, as: UTF8.self))
        config.append(
            #","paymentSessionConfig":{"paymentMethodCategoryType":"ALL","productScene":"CHECKOUT_PAYMENT","productSceneVersion":"1.0"},"paymentSessionId":"#
        )
        config.write(string: paymentSessionId)
        config.append(#","skipRenderPaymentMethod":false}"#)
        return config.bytes
    }

    /// The session id inside `sessionData`, or why it is not session data.
    public static func paymentSessionId(in sessionData: String, clientId: String) -> Result<String, SessionDataError> {
        let id: String
        switch claimedSessionId(in: sessionData) {
        case .success(let claimed): id = claimed
        case .failure(let error): return .failure(error)
        }
        let parts = sessionData.components(separatedBy: "&&")
        guard let opaque = Data(base64Encoded: parts[0]),
            [UInt8](opaque) == opaqueBytes(paymentSessionId: id, clientId: clientId)
        else { return .failure(.init(reason: "its opaque part does not belong to this session")) }
        return .success(id)
    }

    /// The session id `sessionData` names, unchecked: which merchant's session to look in (`serve --merchants`).
    public static func claimedSessionId(in sessionData: String) -> Result<String, SessionDataError> {
        let parts = sessionData.components(separatedBy: "&&")
        guard parts.count == 4 else { return .failure(.init(reason: "it does not have the four '&&'-separated parts")) }
        guard parts[2] == marker else { return .failure(.init(reason: "its third part is not \(marker)")) }
        guard let jsonData = Data(base64Encoded: parts[3]),
            let json = try? JSONDecoder().decode(JSONValue.self, from: jsonData),
            case .string(let id)? = json.object?["paymentSessionId"], !id.isEmpty
        else { return .failure(.init(reason: "its last part does not decode to a session")) }
        return .success(id)
    }

    private static func opaqueBytes(paymentSessionId: String, clientId: String) -> [UInt8] {
        SHA256.expand("sessionData|\(clientId)|\(paymentSessionId)", count: 64)
    }
}

/// Why a string is not `paymentSessionData`.
public struct SessionDataError: Error, Hashable, Sendable {
    public var reason: String
}
