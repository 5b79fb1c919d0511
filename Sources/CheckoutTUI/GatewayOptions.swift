import ArgumentParser

/// `--apo URL --client-id ID --merchant-private-key PEM --apo-public-key PEM`: run the same UI against an APO over
/// HTTP — `checkout-tui serve` or Antom's sandbox gateway — instead of the embedded mock.
struct GatewayOptions: ParsableArguments {
    @Option(name: .long, help: "An APO over HTTP: a `checkout-tui serve` URL (http://127.0.0.1:8480) or Antom's gateway (https://open-sea-global.alipay.com). Default: the embedded mock.")
    var apo: String?

    @Option(name: .long, help: "The client id to send (SANDBOX_… ids use Antom's sandbox paths). Needed with --apo.")
    var clientId: String?

    @Option(name: .long, help: "PEM (or Base64) file of the merchant's private key, which signs requests. Needed with --apo.")
    var merchantPrivateKey: String?

    @Option(name: .long, help: "PEM (or Base64) file of the APO's public key, which verifies answers. Needed with --apo.")
    var apoPublicKey: String?

    @Option(name: .long, help: "With --apo at a `checkout-tui serve` started with --control-token: that token, so f, T, force and advanceClock work (default: $CHECKOUT_TUI_CONTROL_TOKEN).")
    var controlToken: String?

    func validate() throws {
        guard let apo else {
            if clientId != nil || merchantPrivateKey != nil || apoPublicKey != nil || controlToken != nil {
                throw ValidationError("--client-id, --merchant-private-key, --apo-public-key and --control-token go with --apo URL")
            }
            return
        }
        guard apo.hasPrefix("http://") || apo.hasPrefix("https://") else {
            throw ValidationError("--apo must be an http:// or https:// URL, not '\(apo)'")
        }
        var missing: [String] = []
        if (clientId ?? "").isEmpty { missing.append("--client-id") }
        if (merchantPrivateKey ?? "").isEmpty { missing.append("--merchant-private-key") }
        if (apoPublicKey ?? "").isEmpty { missing.append("--apo-public-key") }
        if !missing.isEmpty { throw ValidationError("--apo needs \(missing.joined(separator: ", "))") }
    }
}
