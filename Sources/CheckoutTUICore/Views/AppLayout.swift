/// Where each part of the screen goes for a terminal size: a header row, the merchant's order lines, the main
/// pane, the timeline (beside it from `wideWidth` columns, a strip below it otherwise), the explain pane when shown
/// (under the timeline when wide or full-screen, in place of the strip otherwise), a status row, a footer.
public struct AppLayout: Equatable, Sendable {
    /// Below this the app shows only a "terminal too small" message.
    public static let minimum = Size(width: 60, height: 18)
    /// From this width the timeline sits beside the page.
    public static let wideWidth = 120

    public var header: Rect
    public var order: Rect
    public var main: Rect
    /// Nil when there is no room for it (then `t` shows it full-screen).
    public var timeline: Rect?
    /// One line per entry in the strip below the page; whole entries when beside it or full-screen.
    public var timelineCompact: Bool
    /// Nil unless explain mode is on.
    public var explain: Rect?
    public var status: Rect
    public var footer: Rect

    public static func fits(_ size: Size) -> Bool {
        size.width >= minimum.width && size.height >= minimum.height
    }

    /// - Parameters:
    ///   - orderLines: rows the order summary wants.
    ///   - timelineExpanded: the timeline takes the whole body.
    ///   - explaining: the explain pane is shown.
    ///   - pageFocused: the page shows what needs every row (a QR code): below `wideWidth` the order lines and the
    ///     timeline strip make way for it.
    public init?(size: Size, orderLines: Int, timelineExpanded: Bool, explaining: Bool = false, pageFocused: Bool = false) {
        guard Self.fits(size) else { return nil }
        let screen = Rect(size: size)
        let parts = screen.rows([.fixed(1), .flexible(), .fixed(1), .fixed(1)])
        header = parts[0]
        status = parts[2]
        footer = parts[3]
        let body = parts[1]
        guard !timelineExpanded else {
            order = Rect(x: body.x, y: body.y, width: body.width, height: 0)
            main = order
            (timeline, explain) = Self.split(body, explaining: explaining)
            timelineCompact = false
            return
        }
        if size.width >= Self.wideWidth {
            let columns = body.columns([.flexible(), .fixed(min(80, max(50, size.width * 9 / 20)))])
            let left = columns[0].rows([.fixed(orderLines), .flexible()])
            (order, main, timelineCompact) = (left[0], left[1], false)
            (timeline, explain) = Self.split(columns[1], explaining: explaining)
        } else if pageFocused {
            (order, main, timeline, explain, timelineCompact) = (Rect(x: body.x, y: body.y, width: body.width, height: 0), body, nil, nil, true)
        } else if explaining {
            // Too narrow for both: the pane takes the strip's place and names the entry it explains.
            let rows = body.rows([.fixed(orderLines), .flexible(), .fixed(size.height >= 28 ? 12 : 7)])
            (order, main, timeline, explain, timelineCompact) = (rows[0], rows[1], nil, rows[2], true)
        } else {
            let strip = size.height >= 28 ? 8 : size.height >= 22 ? 5 : 0
            let rows = body.rows([.fixed(orderLines), .flexible(), .fixed(strip)])
            (order, main) = (rows[0], rows[1])
            timeline = strip > 0 ? rows[2] : nil
            timelineCompact = true
        }
    }

    /// The timeline above, the explain pane below with a little more than half the room, when explaining.
    private static func split(_ rect: Rect, explaining: Bool) -> (timeline: Rect, explain: Rect?) {
        guard explaining else { return (rect, nil) }
        let rows = rect.rows([.flexible(), .fixed(rect.height * 11 / 20)])
        return (rows[0], rows[1])
    }
}
