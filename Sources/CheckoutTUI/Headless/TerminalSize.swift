import ArgumentParser
import CheckoutTUICore

/// `--size WxH` on the command line (`120x40`).
struct TerminalSize: ExpressibleByArgument {
    let size: Size

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x").map { Int($0) }
        guard parts.count == 2, let width = parts[0], let height = parts[1], width > 0, height > 0,
            width <= 1000, height <= 1000
        else { return nil }
        size = Size(width: width, height: height)
    }

    init(_ size: Size) {
        self.size = size
    }

    var defaultValueDescription: String { "\(size.width)x\(size.height)" }
}
