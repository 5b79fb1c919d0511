import ArgumentParser
import CheckoutTUICore

/// `--size WxH` on the command line (`120x40`), read by `parse` so a bad value names the form it should have.
struct TerminalSize: CustomStringConvertible {
    /// The largest side `--size` accepts: beyond it a frame is megabytes of cells for no screen that exists.
    static let largest = 1000

    let size: Size

    init(_ size: Size) {
        self.size = size
    }

    /// `120x40` (or `120X40`): two whole numbers from 1 to 1000. The transform of every `--size` option.
    static func parse(_ argument: String) throws(FlagValueError) -> TerminalSize {
        let expected = "WIDTHxHEIGHT in characters, like 120x40"
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
            throw FlagValueError(expected)
        }
        guard width > 0, height > 0 else { throw FlagValueError("width and height above 0 (\(expected))") }
        guard width <= largest, height <= largest else {
            throw FlagValueError("width and height of at most \(largest) (\(expected))")
        }
        return TerminalSize(Size(width: width, height: height))
    }

    /// Refuses a size the app cannot draw on: below `AppLayout.minimum` it shows only "Terminal too small".
    func requireDrawable(flag: String) throws {
        let minimum = AppLayout.minimum
        guard size.width >= minimum.width, size.height >= minimum.height else {
            throw ValidationError(
                "\(flag) \(size.width)x\(size.height) is smaller than the simulator's minimum "
                    + "\(minimum.width)x\(minimum.height): the app would show only \"Terminal too small\"; "
                    + "give at least \(minimum.width)x\(minimum.height), like 80x24 or 120x40")
        }
    }

    var description: String { "\(size.width)x\(size.height)" }
}
