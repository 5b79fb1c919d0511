import CheckoutDomain
import Synchronization

/// Explain mode's knowledge base, read the first time something asks for it (the explain pane, a training case)
/// instead of before the first frame: its books are most of the bundled JSON, and most sessions never open the pane.
public final class DeferredExplainer: Sendable {
    private let load: @Sendable () -> Explainer?
    /// `.some(nil)` once loaded with nothing to explain with, so a failed read is not retried on every frame.
    private let loaded = Mutex<Explainer??>(nil)

    /// - Parameter load: called at most once, by the first reader.
    public init(load: @escaping @Sendable () -> Explainer?) {
        self.load = load
    }

    /// The bundled knowledge base in `locale`. A book that cannot be read leaves the pane with the timeline's own
    /// words, as a session without a knowledge base has (docs/DECISIONS.md).
    public static func bundled(locale: String?) -> DeferredExplainer {
        DeferredExplainer { try? Explainer.bundled(locale: locale) }
    }

    /// The knowledge base, read now if nothing asked for it before.
    public var explainer: Explainer? {
        loaded.withLock { cached in
            if let cached { return cached }
            let explainer = load()
            cached = .some(explainer)
            return explainer
        }
    }
}
