import CheckoutDomain
import Synchronization

/// Where the responder finds the mock: given at once, or set when the server has bound its port.
///
/// The mock writes its own host and port into every page URL it hands out (`MockAPOConfig.baseURL`); with port 0
/// the port is known only after binding, so the server creates the mock then, before it accepts a request.
final class MockAPOHandle: Sendable {
    private let value: Mutex<MockAPO?>

    init(_ apo: MockAPO? = nil) {
        value = Mutex(apo)
    }

    var apo: MockAPO? { value.withLock { $0 } }

    func set(_ apo: MockAPO) {
        value.withLock { $0 = apo }
    }
}
