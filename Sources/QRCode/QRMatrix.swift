import CQRencode
import Foundation

/// A QR code's modules, dark or light, row by row, as libqrencode encoded them: the one way the simulator turns a
/// code value into a QR code. Drawing it is the terminal views' business.
public struct QRMatrix: Equatable, Sendable {
    /// Modules per side (21 for version 1, four more per version).
    public let width: Int
    /// The QR version (1–40) libqrencode chose for the text.
    public let version: Int
    /// `width × width` modules, row-major; true is dark.
    private let modules: [Bool]

    /// How much of the code may be damaged and still read; more recovery means more modules.
    public enum Correction: Sendable {
        /// About 7 %: the smallest code, for a screen that is never creased or smudged.
        case low
        /// About 15 %.
        case medium

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            }
        }
    }

    /// Encodes `text` (UTF-8, case kept) in the smallest version that holds it; libqrencode picks numeric,
    /// alphanumeric and byte segments itself.
    public init(encoding text: String, correction: Correction = .low) throws(QREncodingError) {
        guard !text.isEmpty else { throw .empty }
        guard !text.utf8.contains(0) else { throw .containsNUL }
        errno = 0
        guard let code = QRcode_encodeString(text, 0, correction.level, QR_MODE_8, 1) else {
            let error: QREncodingError = errno == ERANGE ? .tooLong(bytes: text.utf8.count) : .failed(errno: errno)
            throw error
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        let modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
        self.init(width: width, version: Int(code.pointee.version), modules: modules)
    }

    /// A matrix from its modules, row-major (for tests and other encoders' output).
    public init(width: Int, version: Int, modules: [Bool]) {
        precondition(modules.count == width * width, "a \(width)-module QR code has \(width * width) modules")
        self.width = width
        self.version = version
        self.modules = modules
    }

    /// Whether the module at (`x`, `y`) is dark; outside the symbol (the quiet zone) every module is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<width).contains(x), (0..<width).contains(y) else { return false }
        return modules[y * width + x]
    }
}

/// Why a text could not become a QR code.
public enum QREncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case containsNUL
    /// Beyond version 40's capacity (2,953 bytes at low correction).
    case tooLong(bytes: Int)
    case failed(errno: Int32)

    public var description: String {
        switch self {
        case .empty: "there is no code value to encode"
        case .containsNUL: "the code value contains a NUL character, which a QR code string cannot carry"
        case .tooLong(let bytes): "the code value is \(bytes) bytes, more than a QR code holds (2,953 bytes)"
        case .failed(let code): "libqrencode failed (errno \(code))"
        }
    }
}
