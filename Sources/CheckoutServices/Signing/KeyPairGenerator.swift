import COpenSSL
import Foundation

/// Generates 2048-bit RSA key pairs and writes them as PEM files (mode 0600) for the simulator's roles.
public enum KeyPairGenerator {
    /// Writes `<role>-private.pem` and `<role>-public.pem` for each role into `directory`, creating it
    /// (mode 0700) if needed, and returns the files written.
    ///
    /// Private keys are written as PKCS#8 (`PRIVATE KEY`) because that is the form the Antom dashboard
    /// hands out and the JAVA (`PKCS8EncodedKeySpec`), GO (`ParsePKCS8PrivateKey`) and NET
    /// (`ImportPkcs8PrivateKey`) SDKs take; its Base64 body can be pasted into their configuration as is.
    /// Public keys are X.509 SubjectPublicKeyInfo (`PUBLIC KEY`), what every SDK expects.
    ///
    /// Nothing is written if any target file exists and `overwrite` is false.
    @discardableResult
    public static func generate(
        into directory: URL,
        roles: [KeyPairRole] = KeyPairRole.allCases,
        overwrite: Bool = false
    ) throws(KeyFileError) -> [URL] {
        try prepare(directory)
        let files = roles.flatMap { [$0.privateKeyFile(in: directory), $0.publicKeyFile(in: directory)] }
        if !overwrite, let existing = files.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw .alreadyExists(path: existing.path)
        }
        for role in roles {
            guard let pointer = cos_rsa_generate(2048) else {
                throw .keyGenerationFailed(reason: RSAKey.lastError())
            }
            let key = RSAKey(owning: pointer)
            guard let privatePEM = key.privateKeyPEM, let publicPEM = key.publicKeyPEM else {
                throw .keyGenerationFailed(reason: RSAKey.lastError())
            }
            try write(privatePEM, to: role.privateKeyFile(in: directory))
            try write(publicPEM, to: role.publicKeyFile(in: directory))
        }
        return files
    }

    private static func prepare(_ directory: URL) throws(KeyFileError) {
        let path = directory.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: path) }
        } else {
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
                )
            } catch {
                throw .cannotCreateDirectory(path: path, reason: error.localizedDescription)
            }
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw .directoryNotWritable(path: path)
        }
    }

    /// Replaces the file (existence was already checked against `overwrite`) with a fresh 0600 one.
    private static func write(_ pem: String, to file: URL) throws(KeyFileError) {
        try OwnerOnlyFile.remove(at: file.path)
        try OwnerOnlyFile.create(at: file.path, contents: pem.hasSuffix("\n") ? pem : pem + "\n")
    }
}
