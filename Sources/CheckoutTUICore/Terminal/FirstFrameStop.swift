extension AfterFirstFrame {
    /// A backend that ends the program right after its first frame is shown: for measuring start-up
    /// (`--exit-after-first-frame`) and for proving the terminal is restored when the program crashes.
    ///
    /// After the first `present` it runs `afterFirstFrame` once, then answers every read with `.terminate`, so the
    /// program takes its ordinary way out (model sees the request, commands are cancelled, the caller restores the tty).
    public static func firstFrameStop(_ base: Base, afterFirstFrame: @escaping @MainActor () -> Void = {}) -> Self {
        AfterFirstFrame(base) {
            afterFirstFrame()
            return false
        }
    }
}
