import CheckoutTUICore
import Testing

/// The scripted stand-in terminal.
@MainActor
@Suite struct ScriptedBackendTests {
    private let size = Size(width: 20, height: 5)

    @Test func playsTheScriptInOrderThenRunsDry() {
        var backend = ScriptedBackend(size: size, script: [.key(.up), .timeout, .key(.enter)])
        #expect(backend.nextKey(timeoutMilliseconds: 50) == .up)
        #expect(backend.nextKey(timeoutMilliseconds: 50) == nil)
        #expect(!backend.isInputExhausted)
        #expect(backend.nextKey(timeoutMilliseconds: 50) == .enter)
        #expect(backend.isInputExhausted)
        #expect(backend.nextKey(timeoutMilliseconds: 50) == nil)
    }

    @Test func aScriptedResizeChangesTheSize() {
        var backend = ScriptedBackend(size: size, keys: [.resize(Size(width: 40, height: 10))])
        _ = backend.nextKey(timeoutMilliseconds: 0)
        #expect(backend.size == Size(width: 40, height: 10))
    }

    @Test func recordsEveryFrame() {
        var backend = ScriptedBackend(size: size, keys: [])
        #expect(backend.lastFrameText == "")
        var first = ScreenBuffer(size: size)
        first.write("one", x: 0, y: 0)
        var second = ScreenBuffer(size: size)
        second.write("two", x: 1, y: 1)
        backend.present(first)
        backend.present(second)
        #expect(backend.frames == [first, second])
        #expect(backend.lastFrameText == "\n two\n\n\n")
    }

    @Test func readsKeyNamesWithTimeouts() throws {
        var backend = try ScriptedBackend(size: size, keyNames: ["C-c", "Timeout", "Space"])
        #expect(backend.nextKey(timeoutMilliseconds: 0) == .ctrl("c"))
        #expect(backend.nextKey(timeoutMilliseconds: 0) == nil)
        #expect(backend.nextKey(timeoutMilliseconds: 0) == .character(" "))
        #expect(backend.isInputExhausted)
    }

    @Test func rejectsABadKeyName() {
        #expect(throws: KeyNameError(name: "Nope")) { try ScriptedBackend(size: size, keyNames: ["Up", "Nope"]) }
    }

    @Test func glyphsFollowUTF8Support() {
        #expect(ScriptedBackend(size: size, script: []).glyphs == .unicode)
        #expect(ScriptedBackend(size: size, script: [], supportsUTF8: false).glyphs == .ascii)
    }
}
