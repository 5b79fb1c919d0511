import CheckoutDomain
import Foundation
import QRCode
import Testing

@testable import CheckoutTUICore

/// QR methods show a real QR code: libqrencode's matrix, drawn in half blocks (or ASCII), readable by a scanner.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct QRCodeTests {
    nonisolated static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    /// PayNow from the default scenario: choose it (the fifth row), then Pay.
    nonisolated static let payNow = Script.keys("Down", "Down", "Down", "Down", "Enter", "Enter")

    @Test("the matrix is libqrencode's own, as the qrencode command draws it", arguments: [
        "http://127.0.0.1:8480/qr/2026010119401080010018800000000000002", "00020101021226", "PIX 123 ÄÖ 支付",
    ])
    nonisolated func matchesQrencodeCommand(text: String) throws {
        let matrix = try QRMatrix(encoding: text)
        let drawn = try Self.run("qrencode", ["-t", "ASCII", "-m", "0", "-l", "L", "-o", "-", text])
        let rows = drawn.split(separator: "\n").map(Array.init)
        #expect(rows.count == matrix.width)
        for (y, row) in rows.enumerated() {
            let modules = stride(from: 0, to: row.count, by: 2).map { row[$0] == "#" }
            #expect(modules == (0..<matrix.width).map { matrix.isDark(x: $0, y: y) }, "row \(y)")
        }
    }

    @Test("half blocks: each cell is exactly the two modules it covers, light modules drawn")
    nonisolated func halfBlockMapping() throws {
        let matrix = try QRMatrix(encoding: "https://qr.alipay.com/bax07483gmrm6d2qxrhb0000")
        for quietZone in [1, 2] {
            let block = QRCodeBlock(matrix: matrix, quietZone: quietZone, halfBlocks: true)
            let side = matrix.width + 2 * quietZone
            #expect(block.width == side && block.height == (side + 1) / 2)
            for row in 0..<block.height {
                let cells = Array(block.spans(row: row).map(\.text).joined())
                #expect(cells.count == side)
                for (x, cell) in cells.enumerated() {
                    for (half, y) in [(0, 2 * row), (1, 2 * row + 1)] {
                        let light = y < side && !matrix.isDark(x: x - quietZone, y: y - quietZone)
                        #expect(Self.isLight(cell, half: half) == light, "quiet \(quietZone) cell (\(x), \(row)) half \(half)")
                    }
                }
            }
        }
        #expect(QRCodeBlock.halfBlock(top: true, bottom: false) == "▀")
        #expect(QRCodeBlock.halfBlock(top: false, bottom: true) == "▄")
    }

    @Test("ASCII: two reversed spaces per light module, one row per line")
    nonisolated func asciiMapping() throws {
        let matrix = try QRMatrix(encoding: "PAYNOW-123")
        let block = QRCodeBlock(matrix: matrix, quietZone: 1, halfBlocks: false)
        #expect(block.width == 2 * (matrix.width + 2) && block.height == matrix.width + 2)
        for row in 0..<block.height {
            let modules = block.spans(row: row).flatMap { span in
                Array(repeating: span.style.isReversed, count: span.text.count / 2)
            }
            let expected = (0..<block.height).map { !matrix.isDark(x: $0 - 1, y: row - 1) }
            #expect(modules == expected, "row \(row)")
        }
    }

    @Test("bad values: empty, NUL and too long are named")
    nonisolated func badValues() {
        #expect(throws: QREncodingError.empty) { try QRMatrix(encoding: "") }
        #expect(throws: QREncodingError.containsNUL) { try QRMatrix(encoding: "a\u{0}b") }
        #expect(throws: QREncodingError.tooLong(bytes: 3000)) { try QRMatrix(encoding: String(repeating: "x", count: 3000)) }
    }

    @Test("PayNow shows a QR code beside the countdown, scannable off the screen", arguments: sizes)
    func payNowScreen(size: Size) async throws {
        let run = try await AppHarness("sg-card-first-payment").run(Self.payNow, size: size)
        guard case .code(let code) = run.app.pageView.screen else {
            Issue.record("expected the QR code step, got \(run.app.pageView.screen)")
            return
        }
        let matrix = try QRMatrix(encoding: code.codeValue)
        let drawn = try #require(Self.drawnModules(in: run.last), "no QR code on screen:\n\(run.lastText)")
        #expect(drawn.modules == (0..<matrix.width).map { y in (0..<matrix.width).map { matrix.isDark(x: $0, y: y) } })
        // The countdown is on the code's rows, to its right.
        let countdown = try #require(code.countdown)
        let lines = run.last.textLines()
        #expect(lines[drawn.rows].contains { $0.contains(countdown) })
        #expect(try Self.scan(run.last) == code.codeValue)
        SnapshotAssertion.assertSnapshot(run.last, named: "qr-paynow-\(size.width)x\(size.height)")
    }

    @Test("a window too small for the code says the size it needs and shows the whole value")
    func tooSmall() async throws {
        let run = try await AppHarness("sg-card-first-payment").run(Self.payNow, size: Size(width: 60, height: 18))
        guard case .code(let code) = run.app.pageView.screen else {
            Issue.record("expected the QR code step")
            return
        }
        #expect(Self.drawnModules(in: run.last) == nil)
        #expect(run.lastText.contains("Enlarge the window to at least"))
        #expect(run.lastText.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "│", with: "")
            .replacingOccurrences(of: " ", with: "").contains(code.codeValue))
    }

    @Test("a long value beside the code ends in an ellipsis, never cut silently")
    nonisolated func longValue() {
        let wrapped = TextWrap.lines(String(repeating: "0123456789", count: 12), width: 20)
        let shown = CheckoutContent.shortened(wrapped, lines: 3, width: 20, ellipsis: "…")
        #expect(shown.count == 3)
        #expect(shown[2].hasSuffix("…") && shown[2].displayWidth == 20)
        #expect(CheckoutContent.shortened(["short"], lines: 3, width: 20, ellipsis: "…") == ["short"])
    }

    // MARK: Reading the code back

    /// The modules of the QR code on screen (the `.qrCode` cells, quiet zone removed), and the rows it is on.
    static func drawnModules(in buffer: ScreenBuffer) -> (modules: [[Bool]], rows: Range<Int>)? {
        var cells: [(x: Int, y: Int, text: String)] = []
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width where buffer[x, y].style.role == .qrCode {
                cells.append((x, y, buffer[x, y].text))
            }
        }
        guard let minX = cells.map(\.x).min(), let maxX = cells.map(\.x).max(), let minY = cells.map(\.y).min(),
            let maxY = cells.map(\.y).max()
        else { return nil }
        // Light modules, two per cell, as the half blocks draw them.
        var light = [[Bool]](repeating: [], count: 2 * (maxY - minY + 1))
        for y in minY...maxY {
            for x in minX...maxX {
                let character = buffer[x, y].text.first ?? " "
                light[2 * (y - minY)].append(isLight(character, half: 0))
                light[2 * (y - minY) + 1].append(isLight(character, half: 1))
            }
        }
        // The quiet zone is the light border; the symbol starts at the first dark module.
        // Its first row starts with a finder pattern, dark from the symbol's left edge to its right edge.
        guard let top = light.firstIndex(where: { $0.contains(false) }), let left = light[top].firstIndex(of: false)
        else { return nil }
        let width = light[top].lastIndex(of: false).map { $0 - left + 1 } ?? 0
        guard top + width <= light.count else { return nil }
        let modules = (top..<(top + width)).map { y in (left..<(left + width)).map { !light[y][$0] } }
        return (modules, minY..<(maxY + 1))
    }

    nonisolated static func isLight(_ cell: Character, half: Int) -> Bool {
        switch cell {
        case "█": true
        case "▀": half == 0
        case "▄": half == 1
        default: false
        }
    }

    /// Decodes the screen's QR code with zbarimg, from a bitmap of the drawn cells on the terminal's black.
    static func scan(_ buffer: ScreenBuffer) throws -> String {
        var rows: [[Bool]] = []
        for y in 0..<buffer.size.height {
            var top: [Bool] = []
            var bottom: [Bool] = []
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                let character = cell.style.role == .qrCode ? (cell.text.first ?? " ") : " "
                top.append(isLight(character, half: 0))
                bottom.append(isLight(character, half: 1))
            }
            rows += [top, bottom]
        }
        // P1 bitmap, 1 = black; each module 6×6 pixels.
        let scale = 6
        var pbm = "P1\n\(buffer.size.width * scale) \(rows.count * scale)\n"
        for row in rows {
            let line = row.flatMap { Array(repeating: $0 ? "0" : "1", count: scale) }.joined(separator: " ")
            for _ in 0..<scale { pbm += line + "\n" }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
        try Data(pbm.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run("zbarimg", ["--raw", "-q", file.path]).trimmingCharacters(in: .newlines)
    }

    /// A command's standard output; a missing command fails with what to install.
    nonisolated static func run(_ command: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(description: "\(command) exited \(process.terminationStatus) (apt-get install qrencode zbar-tools)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct CommandFailure: Error, CustomStringConvertible {
        var description: String
    }
}
