extension Key {
    /// Parses a key name as written in scripts and recordings.
    ///
    /// Names follow tmux `send-keys` ("Up", "Enter", "BTab", "BSpace", "DC", "PPage", "C-c", "F1") so that the
    /// same script can drive a real terminal; "S-Tab", "Esc", "Delete", "PageUp" and "PageDown" are accepted
    /// too. A single character stands for itself. Mouse events and resizes are written "Click(3,4)" and
    /// "Resize(80x24)".
    public init(name: String) throws(KeyNameError) {
        let parsed =
            Key.plainKeys.first { $0.name == name } ?? Key.aliases[name] ?? Key.parseSingleCharacter(name)
            ?? Key.parseControl(name) ?? Key.parseFunction(name) ?? Key.parseCall(name)
        guard let parsed else { throw KeyNameError(name: name) }
        self = parsed
    }

    /// The canonical name, which `init(name:)` parses back to the same key.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .escape: "Escape"
        case .backspace: "BSpace"
        case .delete: "DC"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PPage"
        case .pageDown: "NPage"
        case .function(let number): "F\(number)"
        case .ctrl(let letter): "C-\(letter)"
        case .mouse(let x, let y, let kind): "\(Key.mouseName(kind))(\(x),\(y))"
        case .resize(let size): "Resize(\(size.width)x\(size.height))"
        case .terminate: "Terminate"
        case .unknown: "Unknown"
        }
    }

    /// Every form a key name may take, one line each: what `checkout-tui keys names` prints and docs/qa.md quotes.
    public static var nameGuide: [String] {
        let words = plainKeys.filter { $0 != .terminate && $0 != .unknown }.map(\.name)
        let mice = MouseKind.allCases.map { "\(mouseName($0))(X,Y)" }
        return [
            "Named keys:       " + words.joined(separator: " "),
            "Also accepted:    " + aliases.keys.sorted().map { "\($0) (= \(aliases[$0]?.name ?? ""))" }.joined(separator: ", "),
            "Characters:       any single printable character stands for itself: a Z 4 @ é 中 (Space for a space)",
            "Control keys:     C-a to C-z (C-c quits)",
            "Function keys:    F\(functionNumbers.lowerBound) to F\(functionNumbers.upperBound)",
            "Mouse, 0-based:   " + mice.joined(separator: " "),
            "Terminal resize:  Resize(WxH), like Resize(80x24)",
        ]
    }

    /// Every name that is a word (the fixed keys and their aliases), for suggestions after a typo.
    static var wordNames: [String] {
        plainKeys.map(\.name) + aliases.keys.sorted()
    }

    /// Keys whose name is a fixed word.
    private static let plainKeys: [Key] = [
        .character(" "), .up, .down, .left, .right, .enter, .tab, .backTab, .escape, .backspace, .delete,
        .home, .end, .pageUp, .pageDown, .terminate, .unknown,
    ]

    private static let aliases: [String: Key] = [
        "S-Tab": .backTab, "Esc": .escape, "Delete": .delete, "PageUp": .pageUp, "PageDown": .pageDown,
    ]

    /// ncurses numbers function keys F0 to F63; F0 does not exist on keyboards.
    private static let functionNumbers = 1...63

    private static func mouseName(_ kind: MouseKind) -> String {
        switch kind {
        case .click: "Click"
        case .press: "Press"
        case .release: "Release"
        case .scrollUp: "WheelUp"
        case .scrollDown: "WheelDown"
        }
    }

    private static func parseSingleCharacter(_ name: String) -> Key? {
        guard name.count == 1, let character = name.first, let first = character.unicodeScalars.first,
            !CharacterWidth.isControl(first)
        else { return nil }
        return .character(character)
    }

    private static func parseControl(_ name: String) -> Key? {
        guard name.count == 3, name.hasPrefix("C-"), let letter = name.last?.lowercased().first,
            ("a"..."z").contains(letter)
        else { return nil }
        return .ctrl(letter)
    }

    private static func parseFunction(_ name: String) -> Key? {
        let digits = name.dropFirst()
        guard name.first == "F", !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }),
            let number = Int(digits), functionNumbers.contains(number)
        else { return nil }
        return .function(number)
    }

    /// "Click(3,4)" and "Resize(80x24)".
    private static func parseCall(_ name: String) -> Key? {
        guard name.hasSuffix(")"), let open = name.firstIndex(of: "(") else { return nil }
        let function = name[..<open]
        let arguments = name[name.index(after: open)..<name.index(before: name.endIndex)]
        if function == "Resize" {
            guard let (width, height) = integerPair(arguments, separator: "x"), width >= 0, height >= 0 else {
                return nil
            }
            return .resize(Size(width: width, height: height))
        }
        guard let kind = MouseKind.allCases.first(where: { mouseName($0) == function }),
            let (x, y) = integerPair(arguments, separator: ",")
        else { return nil }
        return .mouse(x: x, y: y, kind: kind)
    }

    private static func integerPair(_ text: Substring, separator: Character) -> (Int, Int)? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        return (first, second)
    }
}
