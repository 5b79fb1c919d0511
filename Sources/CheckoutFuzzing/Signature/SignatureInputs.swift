import Foundation

/// The seeded generator for the signature-header target: input `index` of seed `seed` is always the same bytes.
///
/// Header records start from the signed test request and the header forms the five SDKs send; key records
/// from the test keys as PEM and bare Base64. Mutations cross fields between records, damage one field, damage
/// the DER inside a key, or damage the framed bytes as a whole.
public struct SignatureInputs: Sendable {
    /// Header-mode records, fields in `SignatureHeaderTarget.Field` order.
    let records: [[String]]
    let keys: [String]

    public init() {
        let vector = [
            SignatureVectors.signatureHeader, SignatureVectors.requestTime, SignatureVectors.clientId,
            "application/json; charset=UTF-8", SignatureVectors.path, SignatureVectors.body,
        ]
        let signature = String(SignatureVectors.signatureHeader.split(separator: "=", maxSplits: 3)[3])
        let headers = [
            "algorithm=RSA256, keyVersion=1, signature=\(signature)", "signature=\(signature),algorithm=RSA256",
            "ALGORITHM=rsa256,KEYVERSION=2,SIGNATURE=\(signature)", "signature=\(signature.removingPercentEncoding ?? signature)",
            "algorithm=RSA512,keyVersion=1,signature=\(signature)", "algorithm=,keyVersion=1,signature=x",
            "keyVersion=1,signature=", "algorithm=RSA256,keyVersion=1", "algorithm=RSA256,keyVersion=1,signature=a=b=,x=y",
        ]
        let times = [
            "1685599933871", "2024-05-01T12:00:00+00:00", "2024-05-01T12:00:00+0000", "2024-05-01T12:00:00.1234567Z",
            "2024-02-30T12:00:00Z", "2024-05-01T12:00:00", "9999999999999999", "0",
        ]
        let contentTypes = [
            "application/json", "application/vnd.antom+json; charset=\"utf-8\"", "text/plain", "application/json; charset=latin1",
            "Application/JSON;Charset=UTF8", "",
        ]
        let paths = [
            "/ams/sandbox/api/v1/payments/pay", "/ams/api/v1/payments/inquiryPayment?x=1", "/ams/api/v1/payments/",
            "/ams/api/v1/payments/refund/", "/other", "",
        ]
        var records = [vector]
        for (index, header) in headers.enumerated() {
            var record = vector
            record[0] = header
            record[1] = times[index % times.count]
            record[3] = contentTypes[index % contentTypes.count]
            record[4] = paths[index % paths.count]
            if index % 2 == 1 { record[2] = "NOT_SANDBOX_1" }
            records.append(record)
        }
        self.records = records
        let pems = [
            SignatureVectors.merchantPublicKeyPem, SignatureVectors.merchantPrivateKeyPkcs1Pem,
            SignatureVectors.merchantPrivateKeyPkcs8Pem,
        ]
        keys =
            pems + pems.map(Self.body)
            + [
                SignatureVectors.merchantPublicKeyPem.replacingOccurrences(of: "PUBLIC KEY", with: "CERTIFICATE"),
                SignatureVectors.merchantPrivateKeyPkcs8Pem.replacingOccurrences(of: "PRIVATE KEY", with: "ENCRYPTED PRIVATE KEY"),
                SignatureVectors.merchantPrivateKeyPkcs1Pem.replacingOccurrences(
                    of: "KEY-----\n", with: "KEY-----\nProc-Type: 4,ENCRYPTED\n"),
                SignatureVectors.merchantPublicKeyPem.replacingOccurrences(of: "PUBLIC KEY", with: "RSA PUBLIC KEY"),
            ]
    }

    /// The unmutated corpus, framed as the target reads it: libFuzzer's seed corpus.
    public var seeds: [[UInt8]] {
        records.map(SignatureHeaderTarget.input(fields:)) + keys.map(SignatureHeaderTarget.input(keyText:))
    }

    public func input(_ index: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64.forItem(index, of: seed)
        if random.chance(1, in: 4) { return keyInput(using: &random) }
        var record = JSONMutator.pick(records, &random)
        let partner = JSONMutator.pick(records, &random)
        let field = Int.random(in: 0..<record.count, using: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
            break
        case 1, 2:
            record[field] = partner[field]
        case 3..<8:
            let damaged = ByteMutator.mutate(Array(record[field].utf8), partner: Array(partner[field].utf8), using: &random)
            record[field] = String(decoding: damaged, as: UTF8.self)
        default:
            let partnerBytes = SignatureHeaderTarget.input(fields: partner)
            return ByteMutator.mutate(SignatureHeaderTarget.input(fields: record), partner: partnerBytes, using: &random)
        }
        return SignatureHeaderTarget.input(fields: record)
    }

    private func keyInput(using random: inout SplitMix64) -> [UInt8] {
        let key = JSONMutator.pick(keys, &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            return SignatureHeaderTarget.input(keyText: key)
        case 1, 2:
            // Damage the DER, not its Base64, so the ASN.1 readers see plausible structure.
            guard let der = Data(base64Encoded: Self.body(key), options: .ignoreUnknownCharacters) else { break }
            let damaged = ByteMutator.mutate(Array(der), partner: Array(der.reversed()), using: &random)
            let text = Data(damaged).base64EncodedString(options: .lineLength64Characters)
            let label = key.hasPrefix("-----BEGIN ") ? Self.label(key) : nil
            return SignatureHeaderTarget.input(keyText: label.map { "-----BEGIN \($0)-----\n\(text)\n-----END \($0)-----" } ?? text)
        default:
            break
        }
        let partner = Array(JSONMutator.pick(keys, &random).utf8)
        return [0] + ByteMutator.mutate(Array(key.utf8), partner: partner, using: &random)
    }

    /// The Base64 between a PEM block's markers, or the text itself when it has none.
    private static func body(_ pem: String) -> String {
        pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
    }

    private static func label(_ pem: String) -> String? {
        guard let line = pem.split(separator: "\n").first, line.hasPrefix("-----BEGIN "), line.hasSuffix("-----") else {
            return nil
        }
        return String(line.dropFirst("-----BEGIN ".count).dropLast(5))
    }
}
