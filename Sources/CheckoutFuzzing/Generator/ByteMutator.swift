/// Byte-level damage, as a transport or a careless client would do it: flips, inserts, deletions, duplicated
/// runs, splices with another input, truncation.
public enum ByteMutator {
    /// Bytes that matter to JSON and UTF-8 parsers, inserted more often than random ones.
    static let tokens: [[UInt8]] = [
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array("\"".utf8), Array("\\".utf8),
        Array(",".utf8), Array(":".utf8), Array("-".utf8), Array("e".utf8), Array(".".utf8), Array("\\u".utf8),
        Array("\\ud800".utf8), Array("null".utf8), Array("1e999".utf8), [0x00], [0xFF], [0xC0, 0x80], [0xE2, 0x82],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("%00".utf8), Array("=".utf8),
    ]

    /// Applies one to three mutations; `partner` is another input to splice from.
    public static func mutate(_ input: [UInt8], partner: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            bytes = mutateOnce(bytes, partner: partner, using: &random)
        }
        return bytes
    }

    /// Opens arrays or objects far past the gateway's 64 levels somewhere in `input`, as text only its byte
    /// scanner may see (a tree that deep would overflow the generator's own recursion).
    public static func deepNesting(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let opener = random.chance(1, in: 2) ? Array("[".utf8) : Array("{\"a\":".utf8)
        let depth = [65, 1000, 100_000][Int.random(in: 0..<3, using: &random)]
        let position = Int.random(in: 0...bytes.count, using: &random)
        bytes.insert(contentsOf: Array([[UInt8]](repeating: opener, count: depth).joined()), at: position)
        return bytes
    }

    static func mutateOnce(_ input: [UInt8], partner: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1 where !bytes.isEmpty:
            bytes[position] = UInt8.random(in: 0...255, using: &random)
        case 2:
            let token = tokens[Int.random(in: 0..<tokens.count, using: &random)]
            bytes.insert(contentsOf: token, at: position)
        case 3 where !bytes.isEmpty:
            let length = min(bytes.count - position, Int.random(in: 1...16, using: &random))
            bytes.removeSubrange(position..<(position + length))
        case 4 where !bytes.isEmpty:
            let length = min(bytes.count - position, Int.random(in: 1...64, using: &random))
            let run = bytes[position..<(position + length)]
            let copies = Int.random(in: 1...4, using: &random)
            for _ in 0..<copies { bytes.insert(contentsOf: run, at: position) }
        case 5 where !partner.isEmpty:
            let from = Int.random(in: 0..<partner.count, using: &random)
            bytes = Array(bytes[..<position]) + Array(partner[from...])
        case 6:
            bytes = Array(bytes.prefix(position))
        default:
            let count = Int.random(in: 1...8, using: &random)
            let noise = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes.insert(contentsOf: noise, at: position)
        }
        return bytes
    }
}
