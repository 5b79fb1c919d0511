import CheckoutDomain
import CheckoutServices
import Foundation

/// A temporary data directory holding a `SQLiteAPOStore`, removed by `remove()`.
struct StoreDirectoryFixture {
    let directory = TemporaryDirectory()

    init() throws {
        _ = try directory.create()
    }

    var url: URL { directory.url }
    var databaseURL: URL { url.appending(path: StoreDirectory.databaseFileName) }

    /// A new store (a new set of connections) on the directory, as a restarted process opens it.
    func open() throws -> SQLiteAPOStore { try SQLiteAPOStore(directory: url) }

    func remove() { directory.remove() }
}
