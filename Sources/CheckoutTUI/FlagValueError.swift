/// A command-line value that cannot be used, saying the form it should have.
///
/// Thrown from an option's `transform`, so ArgumentParser prints it after the flag and the value:
/// `The value 'abc' is invalid for '--size <WxH>': expected WIDTHxHEIGHT in characters, like 120x40`.
struct FlagValueError: Error, CustomStringConvertible {
    let expected: String

    init(_ expected: String) {
        self.expected = expected
    }

    var description: String { "expected \(expected)" }
}
