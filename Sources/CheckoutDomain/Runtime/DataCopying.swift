import Foundation

/// `Data` copied straight from where text or bytes are kept.
///
/// `Data(text.utf8)` and `Data(bytes)` first ask at run time whether their argument is `ContiguousBytes`, a protocol
/// conformance search that costs more than copying a notification's body (docs/performance.md).
extension Data {
    /// `text`'s UTF-8 bytes.
    public init(utf8Of text: String) {
        var text = text
        self = text.withUTF8 { Data(buffer: $0) }
    }

    /// The same bytes as `bytes`.
    public init(copying bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { Data(buffer: $0) }
    }
}
