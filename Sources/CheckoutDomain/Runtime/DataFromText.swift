import Foundation

extension Data {
    /// `text`'s UTF-8 bytes, copied from where the string keeps them.
    ///
    /// `Data(text.utf8)` first asks at run time whether the view is `ContiguousBytes`, a protocol conformance search
    /// that costs more than copying a notification's body (docs/performance.md).
    public init(utf8Of text: String) {
        var text = text
        self = text.withUTF8 { Data(buffer: $0) }
    }
}
