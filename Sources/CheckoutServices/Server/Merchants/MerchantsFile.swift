import Foundation

/// `serve --merchants FILE`: the merchants one server hosts, each with its own client id, public key and
/// optional notify address.
///
/// ```json
/// {"merchants": [
///   {"clientId": "SANDBOX_SHOP_A", "merchantPublicKey": "keys/shop-a/merchant-public.pem",
///    "notifyUrl": "http://127.0.0.1:9001/payment/notify"},
///   {"clientId": "SANDBOX_SHOP_B", "merchantPublicKey": "keys/shop-b/merchant-public.pem"}
/// ]}
/// ```
/// Key paths are read relative to the file's directory. Every problem names the file and the merchant.
public enum MerchantsFile {
    private struct Contents: Decodable {
        var merchants: [Entry]
    }

    private struct Entry: Decodable {
        var clientId: String
        var merchantPublicKey: String
        var notifyUrl: String?
    }

    public static func load(_ file: URL) throws(MerchantsFileError) -> [ServedMerchant] {
        let path = file.path
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw MerchantsFileError(path: path, problem: "cannot be read: \((error as NSError).localizedDescription)")
        }
        let contents: Contents
        do {
            contents = try JSONDecoder().decode(Contents.self, from: data)
        } catch {
            throw MerchantsFileError(path: path, problem: "is not a merchants file: \(Self.describe(error))")
        }
        guard !contents.merchants.isEmpty else {
            throw MerchantsFileError(path: path, problem: "lists no merchants; give at least one in \"merchants\"")
        }
        var seen: [String: Int] = [:]
        var merchants: [ServedMerchant] = []
        for (offset, entry) in contents.merchants.enumerated() {
            let number = offset + 1
            let name = "merchant \(number) (\(entry.clientId))"
            guard ServedMerchant.isValidClientId(entry.clientId) else {
                throw MerchantsFileError(
                    path: path,
                    problem: "\(name): clientId must be 1 to 64 letters, digits, '_', '-' or '.'")
            }
            if let first = seen[entry.clientId] {
                throw MerchantsFileError(
                    path: path, problem: "\(name): clientId \(entry.clientId) is already merchant \(first)'s; each needs its own")
            }
            seen[entry.clientId] = number
            if let url = entry.notifyUrl {
                guard let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https",
                    URLComponents(string: url)?.host?.isEmpty == false
                else {
                    throw MerchantsFileError(path: path, problem: "\(name): notifyUrl \(url) is not an http(s) URL with a host")
                }
            }
            let keyFile = URL(fileURLWithPath: entry.merchantPublicKey, relativeTo: file.deletingLastPathComponent())
            let key: VerifyingKey
            do {
                key = try VerifyingKey(contentsOf: keyFile.standardizedFileURL)
            } catch {
                throw MerchantsFileError(path: path, problem: "\(name): merchantPublicKey: \(error.description)")
            }
            merchants.append(ServedMerchant(clientId: entry.clientId, merchantPublicKey: key, notifyUrl: entry.notifyUrl))
        }
        return merchants
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "\(Self.place(context.codingPath)) has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "\(Self.place(context.codingPath)) has the wrong type: \(context.debugDescription)"
        case .dataCorrupted(let context)?:
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "not valid JSON" + (underlying.map { " (\($0))" } ?? "")
        default:
            return String(describing: error)
        }
    }

    /// `merchants[1]` for a coding path, `the file` for the top level.
    private static func place(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the file" }
        return path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

/// A merchants file that cannot be used: names the file and what is wrong.
public struct MerchantsFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String

    public var description: String { "merchants file \(path): \(problem)" }
}
