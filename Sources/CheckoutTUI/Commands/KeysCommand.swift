import ArgumentParser
import CheckoutServices
import Foundation

/// `checkout-tui keys`: key material for `serve` and for the merchant integration that talks to it.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage the RSA key pairs of the mock APO and the merchant.",
        subcommands: [GenerateKeysCommand.self])
}

/// `checkout-tui keys generate --out DIR [--force]`: two 2048-bit pairs as PEM files, mode 0600.
struct GenerateKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write merchant and APO key pairs (PEM, mode 0600) for `checkout-tui serve`.")

    @Option(name: .long, help: "The directory to write the keys into (created with mode 0700 if missing).")
    var out: String = ServeCommand.defaultKeysDirectory

    @Flag(name: .long, help: "Replace key files that already exist.")
    var force = false

    func run() throws {
        let directory = URL(fileURLWithPath: out)
        let files: [URL]
        do {
            files = try KeyPairGenerator.generate(into: directory, overwrite: force)
        } catch {
            if case .alreadyExists(let path) = error {
                throw CommandFailure("\(path) already exists; pass --force to replace the keys in \(out)")
            }
            throw CommandFailure(error.description)
        }
        let width = files.map { $0.relativePath.count }.max() ?? 0
        for file in files {
            let name = file.relativePath.padding(toLength: width, withPad: " ", startingAt: 0)
            print("\(name)  \(Self.purpose(of: file.lastPathComponent))")
        }
        print("\nStart the mock with: checkout-tui serve --keys-dir \(out)")
    }

    /// What each file is for, so nobody verifies with their own public key (reference §1.2, §7.1).
    static func purpose(of fileName: String) -> String {
        switch fileName {
        case KeyPairRole.merchant.privateKeyFileName:
            "merchant private key: your integration signs requests with it (the SDK's merchantPrivateKey)"
        case KeyPairRole.merchant.publicKeyFileName:
            "merchant public key: the mock verifies request signatures with it (serve --merchant-public-key)"
        case KeyPairRole.apo.privateKeyFileName:
            "APO private key: the mock signs responses and notifications with it (serve --apo-private-key)"
        case KeyPairRole.apo.publicKeyFileName:
            "APO public key: your integration verifies responses and notifications with it (the SDK's alipayPublicKey)"
        default:
            ""
        }
    }
}
