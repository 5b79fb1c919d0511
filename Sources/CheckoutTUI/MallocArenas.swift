import CMalloc

/// glibc's malloc arenas for a long-running server. Each thread that allocates while another holds the lock gets an
/// arena of its own (up to eight a core), and what one arena frees is not reused by another: `serve`'s event loops,
/// its mock's actor and SQLite's readers each allocate and free in their own, so a server that took 20,000 card
/// payments held 128 MB with glibc's default and 110 MB with one arena, at the same rate (docs/performance.md).
/// Set at the process's start: a thread that already has an arena keeps it, and capping later made it worse.
enum MallocArenas {
    /// Caps the arenas at `count`; called before any thread but the main one exists.
    static func limit(to count: Int32) {
        _ = mallopt(M_ARENA_MAX, count)
    }
}
