import Foundation

/// Finds the built `checkout-tui` from this file's place in the package: `.build/debug`, else the directory
/// `swift build --show-bin-path` names.
enum BuiltBinary {
    static func path(filePath: String = #filePath) throws -> String {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/checkout-tui").path
        if FileManager.default.isExecutableFile(atPath: debug) { return debug }
        let shown = try binPath(root: root).appendingPathComponent("checkout-tui").path
        guard FileManager.default.isExecutableFile(atPath: shown) else {
            throw E2EError("checkout-tui is not built at \(debug) or \(shown); run `swift build` first")
        }
        return shown
    }

    private static func binPath(root: URL) throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--show-bin-path"]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return URL(fileURLWithPath: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
