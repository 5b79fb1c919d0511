import Foundation

/// Rewrites Antom API paths the way the SDKs do before signing and sending.
public enum AntomPath {
    /// Sandbox client ids start with `SANDBOX_` (JAVA `BaseAlipayClient`, PY `startswith("SANDBOX_")`).
    public static let sandboxClientIdPrefix = "SANDBOX_"

    /// For a sandbox client id, replaces the first `/ams/api` with `/ams/sandbox/api`
    /// (JAVA `adjustSandboxUrl`: `replaceFirst("/ams/api", "/ams/sandbox/api")`); other paths are unchanged.
    /// The rewritten path is the one that is both requested and signed.
    public static func sandboxed(_ path: String, clientId: String) -> String {
        guard clientId.hasPrefix(sandboxClientIdPrefix), let range = path.range(of: "/ams/api") else {
            return path
        }
        return path.replacingCharacters(in: range, with: "/ams/sandbox/api")
    }
}
