import CheckoutTUICore

/// Draws the explorer's input from the app's whole key set, weighted so a random walk gets somewhere: mostly
/// navigation and field text, sometimes a whole test card number or email typed at once, mouse actions,
/// resizes down to tiny terminals, waits; quitting is rare so sessions last.
enum KeyVocabulary {
    static let navigation: [Key] = [
        .up, .down, .left, .right, .tab, .backTab, .enter, .enter, .escape, .backspace, .delete, .home, .end,
        .pageUp, .pageDown, .character(" "),
    ]
    static let letters = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    static let digits = Array("0123456789")
    static let symbols = Array("?@._-/+,:'\"!#é合😀\u{301}")
    static let sizes = [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 10, height: 3), Size(width: 20, height: 6),
        Size(width: 39, height: 11), Size(width: 40, height: 12), Size(width: 60, height: 20), Size(width: 80, height: 24),
        Size(width: 100, height: 30), Size(width: 132, height: 43), Size(width: 200, height: 60), Size(width: 320, height: 100),
    ]
    /// Typed as bursts of characters: what the buyer's fields accept.
    static let texts = [
        "4054695723100768", "5162774114974622", "4054692760174822", "4035501000000008", "4111111111111111", "1230",
        "12/30", "0199", "123", "1234", "Lady Gaga", "buyer@example.com", "not-an-email", "52998224725", "12345",
    ]

    /// The next steps: usually one, a burst of keys when typing a whole value.
    static func next(size: Size, using random: inout SplitMix64) -> [ExplorerStep] {
        let roll = Int.random(in: 0..<1000, using: &random)
        switch roll {
        case 0..<370: return [.key(JSONMutator.pick(navigation, &random))]
        case 370..<540: return [.key(.character(JSONMutator.pick(digits, &random)))]
        case 540..<670: return [.key(.character(JSONMutator.pick(letters, &random)))]
        case 670..<700: return [.key(.character(JSONMutator.pick(symbols, &random)))]
        case 700..<740:
            return JSONMutator.pick(texts, &random).map { .key(.character($0)) } + (random.chance(1, in: 2) ? [.key(.tab)] : [])
        case 740..<770:
            // To a method near the top of the list and in, then a card form: often enough a payment.
            let downs = Array(repeating: ExplorerStep.key(.down), count: Int.random(in: 0...5, using: &random))
            return [.key(.home)] + downs + [.key(.enter)] + cardForm(using: &random)
        case 770..<850: return [.key(mouse(size: size, using: &random))]
        case 850..<870: return [.key(.resize(JSONMutator.pick(sizes, &random)))]
        case 870..<910: return [.tick]
        // Mostly short waits: a session lives an hour, and a walk that expires it at once pays for nothing.
        case 910..<938: return [.advance(seconds: JSONMutator.pick([1, 2, 5, 10, 30, 60, 120, 300], &random))]
        case 938..<940: return [.advance(seconds: JSONMutator.pick([600, 1800, 3600, 86_400], &random))]
        case 940..<960: return [.key(.function(Int.random(in: 1...12, using: &random)))]
        case 960..<985: return [.key(.ctrl(JSONMutator.pick(Array("abdefghklnoprtuvwxyz"), &random)))]
        case 985..<998: return [.key(.unknown)]
        case 998: return [.key(.character("q"))]
        default: return [.key(JSONMutator.pick([.ctrl("c"), .terminate, .character("y")], &random))]
        }
    }

    /// A whole card form as a buyer fills it from the card number field: number, expiry, CVV, name, Enter.
    private static func cardForm(using random: inout SplitMix64) -> [ExplorerStep] {
        let number = JSONMutator.pick(Array(texts.prefix(5)), &random)
        let text = [number, "1230", "123", "GAGA TEST"].joined(separator: "\t") + "\n"
        return text.map { character in
            switch character {
            case "\t": .key(.tab)
            case "\n": .key(.enter)
            default: .key(.character(character))
            }
        }
    }

    /// Mostly inside the terminal, sometimes just outside it.
    private static func mouse(size: Size, using random: inout SplitMix64) -> Key {
        let x = Int.random(in: -1...(size.width + 1), using: &random)
        let y = Int.random(in: -1...(size.height + 1), using: &random)
        let kind = random.chance(7, in: 10) ? MouseKind.click : JSONMutator.pick(MouseKind.allCases, &random)
        return .mouse(x: x, y: y, kind: kind)
    }
}
