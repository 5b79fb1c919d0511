import CNcurses
import CheckoutTUICore

/// How each style role looks on this terminal: one colour pair per role, or attributes alone in monochrome.
struct CursesPalette {
    let usesColor: Bool

    /// The attributes and colour pair to draw a cell with; style flags add to what the role implies.
    func rendition(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = Self.attributes(for: style.role, color: usesColor)
        if style.isBold { attributes |= cn_a_bold() }
        if style.isUnderlined { attributes |= cn_a_underline() }
        if style.isReversed { attributes |= cn_a_reverse() }
        return (attributes, usesColor ? Self.pair(for: style.role) : 0)
    }

    /// Defines the pairs `rendition` refers to; call after `start_color`.
    /// - Parameter defaultColors: whether `use_default_colors` succeeded, so -1 means the terminal's own colours.
    static func installColorPairs(defaultColors: Bool) {
        for role in StyleRole.allCases {
            let (foreground, background) = colors(for: role)
            let fallbackForeground = Int16(COLOR_WHITE)
            let fallbackBackground = Int16(COLOR_BLACK)
            _ = init_pair(
                pair(for: role),
                foreground == -1 && !defaultColors ? fallbackForeground : foreground,
                background == -1 && !defaultColors ? fallbackBackground : background
            )
        }
    }

    /// Pair 0 is reserved by curses, so roles start at 1. Spelled out rather than found in `allCases`, which builds
    /// an array for every cell drawn; `CursesPaletteTests` checks each role has a pair of its own.
    static func pair(for role: StyleRole) -> Int16 {
        switch role {
        case .normal: 1
        case .muted: 2
        case .title: 3
        case .accent: 4
        case .selected: 5
        case .focusedField: 6
        case .error: 7
        case .success: 8
        case .warning: 9
        case .keyHint: 10
        case .border: 11
        case .link: 12
        case .disabled: 13
        case .qrCode: 14
        }
    }

    /// Foreground and background, -1 meaning the terminal's default.
    static func colors(for role: StyleRole) -> (foreground: Int16, background: Int16) {
        switch role {
        case .normal, .muted, .title, .border, .disabled: (-1, -1)
        case .accent, .link: (Int16(COLOR_BLUE), -1)
        case .selected: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .focusedField, .keyHint: (Int16(COLOR_CYAN), -1)
        case .error: (Int16(COLOR_RED), -1)
        case .success: (Int16(COLOR_GREEN), -1)
        case .warning: (Int16(COLOR_YELLOW), -1)
        case .qrCode: (Int16(COLOR_WHITE), Int16(COLOR_BLACK))
        }
    }

    /// In monochrome the attributes alone must keep roles apart, so they carry more than in colour.
    static func attributes(for role: StyleRole, color: Bool) -> attr_t {
        switch role {
        // Without colours a QR code keeps the terminal's own polarity: reversing it would swap dark and light.
        case .normal, .border, .qrCode: cn_a_normal()
        case .muted, .disabled: cn_a_dim()
        case .title, .accent, .keyHint: cn_a_bold()
        case .selected: color ? cn_a_normal() : cn_a_reverse()
        case .focusedField: color ? cn_a_underline() : cn_a_underline() | cn_a_bold()
        case .link: cn_a_underline()
        case .error, .warning, .success: color ? cn_a_normal() : cn_a_bold()
        }
    }
}
