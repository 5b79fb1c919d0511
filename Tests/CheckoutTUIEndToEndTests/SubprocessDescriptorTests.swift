import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A child started by `Subprocess` holds none of the test process's descriptors but stdin, stdout and stderr. A
/// server's connection a child inherited stayed open after the server closed it: SwiftNIO accepts without
/// close-on-exec, and a tmux server started by an end-to-end test lives for that whole test.
@Suite struct SubprocessDescriptorTests {
    @Test("a spawned child does not inherit a socket the test process holds open without close-on-exec")
    func childInheritsNoSocket() async throws {
        let opened = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(opened >= 0)
        // Moved far above what `ls` itself opens, so a number in its listing can only be the inherited one.
        let held = fcntl(opened, F_DUPFD, Int32(200))
        close(opened)
        try #require(held >= 200)
        defer { close(held) }
        #expect(fcntl(held, F_GETFD) & FD_CLOEXEC == 0)

        let (status, output) = try await Subprocess.run("/bin/ls", ["/proc/self/fd"], environment: [:])
        #expect(status == 0, "\(output)")
        let listed = Set(output.split(whereSeparator: \.isWhitespace).compactMap { Int32($0) })
        #expect(listed.isSuperset(of: [0, 1, 2]), "\(output)")
        #expect(!listed.contains(held), "the child holds descriptor \(held): \(output)")
    }
}
