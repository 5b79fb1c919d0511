import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with `posix_spawn` and waits for it with `waitpid`, its output collected in a file: to
/// completion (`run`), or in the background (`spawn`, for a server the test stops itself).
///
/// Foundation's `Process.waitUntilExit` on Linux never returns for `tmux new-session`: the server tmux forks
/// inherits the descriptor Foundation watches for the child's exit. Waiting on the pid itself has no such trap.
///
/// Every test target runs in one process, and Swift's cooperative pool has only as many threads as cores (two
/// here): a `waitpid` on it for a child that runs seconds (`play`, `serve`) stalls every other test's servers and
/// timers, which then time out. So `run` waits on a thread of its own (not Dispatch's pool either, which other
/// tests' waits share); only tmux's client commands, which return in milliseconds, use `runBlocking`.
enum Subprocess {
    /// The exit status and everything written to stdout and stderr, waited for off the cooperative pool.
    static func run(_ path: String, _ arguments: [String], environment: [String: String]) async throws
        -> (status: Int32, output: String)
    {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking(path, arguments, environment: environment) })
            }
        }
    }

    /// As `run`, blocking the calling thread until the program ends: only for programs that end at once.
    static func runBlocking(_ path: String, _ arguments: [String], environment: [String: String]) throws
        -> (status: Int32, output: String)
    {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let pid = try spawn(path, arguments, environment: environment, outputPath: outputPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw E2EError("waiting for \(path) failed: \(String(cString: strerror(errno)))") }
        }
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        // WEXITSTATUS: the exit code sits in the second byte of the wait status.
        return ((status >> 8) & 0xFF, output)
    }

    /// Starts `path` with stdin from /dev/null and stdout and stderr both written to `outputPath`, and returns
    /// its pid at once. The caller must reap it with `waitpid`, or it stays a zombie until the test run ends.
    static func spawn(
        _ path: String, _ arguments: [String], environment: [String: String], outputPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        try closeInheritedDescriptors(&actions)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Signal dispositions: the test runner ignores some (SIGTERM among them) and a child inherits what is
        // ignored, which would leave `tmux kill-server` unable to stop its own server. Start from the defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start \(path): \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// Closes every descriptor above stderr in the child. SwiftNIO accepts connections without close-on-exec, and
    /// every test target shares one process: a tmux server or `serve` started here while another suite's server
    /// held a connection kept that connection open after the server closed it, and the client waited out its
    /// patience for the close (GatewayConnectionRejectionTests, in CI). Glibc declares the action only under
    /// `_GNU_SOURCE`, which Swift's Glibc module does not define, so it is looked up by name.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) throws {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw E2EError("this C library has no posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later needed)")
        }
        let added = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
        guard added == 0 else {
            throw E2EError("posix_spawn_file_actions_addclosefrom_np failed: \(String(cString: strerror(added)))")
        }
    }
}
