/// Where each part of the screen goes for a terminal size: a header row, the merchant's order lines, the main
/// pane, the timeline (beside it from `wideWidth` columns, a strip below it otherwise), a status row, a footer.
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
    public var status: Rect
    public var footer: Rect

    public static func fits(_ size: Size) -> Bool {
        size.width >= minimum.width && size.height >= minimum.height
    }

    /// - Parameters:
    ///   - orderLines: rows the order summary wants.
    ///   - timelineExpanded: the timeline takes the whole body.
    public init?(size: Size, orderLines: Int, timelineExpanded: Bool) {
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
            timeline = body
            timelineCompact = false
            return
        }
        if size.width >= Self.wideWidth {
            let columns = body.columns([.flexible(), .fixed(min(80, max(50, size.width * 9 / 20)))])
            let left = columns[0].rows([.fixed(orderLines), .flexible()])
            (order, main, timeline, timelineCompact) = (left[0], left[1], columns[1], false)
        } else {
            let strip = size.height >= 28 ? 8 : size.height >= 22 ? 5 : 0
            let rows = body.rows([.fixed(orderLines), .flexible(), .fixed(strip)])
            (order, main) = (rows[0], rows[1])
            timeline = strip > 0 ? rows[2] : nil
            timelineCompact = true
        }
    }
}
