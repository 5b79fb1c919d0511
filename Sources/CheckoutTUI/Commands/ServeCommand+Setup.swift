import CheckoutDomain
import CheckoutServices
import Foundation
import Logging

/// What `serve` reads before it listens: keys, merchants and each merchant's records, with errors naming the file.
extension ServeCommand {
    /// The merchants of `--merchants FILE`, or the one of `--client-id` and `--merchant-public-key`.
    func servedMerchants() throws -> [ServedMerchant] {
        if let merchants {
            do {
                return try MerchantsFile.load(URL(fileURLWithPath: merchants))
            } catch {
                throw CommandFailure(error.description)
            }
        }
        let key = try loadKey(VerifyingKey.init(contentsOf:), merchantPublicKey, role: .merchant)
        return [ServedMerchant(clientId: clientId ?? MockAPOConfig().clientId, merchantPublicKey: key)]
    }

    /// `--data-dir` holds the only merchant's database, or one directory per client id with `--merchants`.
    func openStores(for merchants: [ServedMerchant], logger: Logger) throws -> [String: any APOStore] {
        let directory = dataDir.map { URL(fileURLWithPath: $0) } ?? StoreDirectory.defaultURL()
        var stores: [String: any APOStore] = [:]
        do {
            try DataDirectory.prepare(directory)
            for merchant in merchants {
                let place = self.merchants == nil ? directory : directory.appending(path: merchant.clientId)
                // The server checkpoints the log itself (`WALCheckpointer`), so no answer waits for the disk.
                let store = try SQLiteAPOStore(directory: place, creatingDirectory: true, checkpoints: .background)
                logger.info("records of \(merchant.clientId) in \(store.databaseURL.path)")
                stores[merchant.clientId] = store
            }
        } catch let error as DataDirectoryError {
            throw CommandFailure(error.description)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        return stores
    }

    /// The key of `role` from `path`, or from `--keys-dir` when no path is given.
    func loadKey<Key>(_ read: (URL) throws(KeyFileError) -> Key, _ path: String?, role: KeyPairRole) throws -> Key {
        let directory = URL(fileURLWithPath: keysDir)
        let file = path.map { URL(fileURLWithPath: $0) }
            ?? (role == .apo ? role.privateKeyFile(in: directory) : role.publicKeyFile(in: directory))
        do {
            return try read(file)
        } catch {
            if case .missing(let missing) = error {
                throw CommandFailure(
                    "key file \(missing) does not exist; run `checkout-tui keys generate --out \(keysDir)` "
                        + "or pass --merchant-public-key and --apo-private-key")
            }
            throw CommandFailure(error.description)
        }
    }
}
