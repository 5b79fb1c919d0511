/// Who copies the write-ahead log back into the database file, the step that waits for the disk.
public enum WALCheckpoints: Sendable {
    /// SQLite itself: the commit that takes the log past 4 MB (`SQLiteOpening.autoCheckpointBytes`) does it
    /// before it returns, so that one save (and every call waiting for the mock) waits for three `fdatasync`s.
    case automatic
    /// The store's owner, by calling `SQLiteAPOStore.checkpoint()` from a task of its own on a second connection;
    /// no save ever waits for the disk (`serve`: `WALCheckpointer`).
    case background
}

/// What one checkpoint found and did, in WAL frames (pages).
public struct WALCheckpoint: Equatable, Sendable {
    /// Frames in the log.
    public var logFrames: Int
    /// Frames of the log now in the database file; fewer than `logFrames` while a reader still needs the rest.
    public var checkpointedFrames: Int
    /// Whether the log was past its limit and checkpointed between two saves, so that the next one starts it over
    /// (`SQLiteAPOStore.checkpoint()`).
    public var restarted = false
}
