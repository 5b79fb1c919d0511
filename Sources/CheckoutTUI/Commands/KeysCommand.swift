import ArgumentParser
import CheckoutServices
import CheckoutTUICore
import Foundation

/// `checkout-tui keys`: key material for `serve` and for the merchant integration that talks to it, and the
/// names of keyboard keys that steps files and recordings use.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "RSA key pairs for the mock APO and the merchant (generate); keyboard key names for steps files (names).",
        subcommands: [GenerateKeysCommand.self, KeyNamesCommand.self])
}

/// `checkout-tui keys names`: the keyboard key names a steps file's `{"keys": "…"}` and a recording accept.
struct KeyNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "List the keyboard key names for steps files ({\"keys\": \"Down Enter\"}) and recordings.")

    func run() {
        print(Key.nameGuide.joined(separator: "\n"))
        print("\nNames follow tmux send-keys, so a steps file's keys also drive a real terminal. Example: {\"keys\": \"Down Down Enter\"}")
    }
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
