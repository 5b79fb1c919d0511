import CheckoutDomain
import Testing

@testable import CheckoutTUICore

/// The view-models kept from one message to the next (`AppState.builtPageView` and the merchant's) are the ones the
/// site's state builds now, the cursor settled from them and the scroll settled for the frame are those fresh views
/// give (what the buyer does inside the form leaves even the view to the frame, and the cursor is where a full
/// settling puts it), a message that changes the page leaves its layout to the frame, and the frame drawn from the page as
/// `prepareFrame` laid it out (`AppState.laidOutCheckout`) is the one laid out afresh.
@MainActor
struct PageViewKeptTests {
    @Test("after every key of a card payment the kept view is the fresh one, cursor and scroll alike", arguments: [
        Size(width: 80, height: 24), Size(width: 60, height: 18), Size(width: 200, height: 60),
    ])
    func keptViewIsFresh(size: Size) async throws {
        let harness = try AppHarness("sg-card-first-payment")
        var app = CheckoutApp(environment: harness.environment, size: size)
        await Self.perform(app.start(), on: &app, harness)
        var kept = 0
        var unbuilt = 0
        var stopsKeptUnbuilt = 0
        var laidOut = 0
        var leftToTheFrame = 0
        var scrolled = 0
        for step in Script.payByCard(saveCard: true) {
            guard case .key(let key) = step else { continue }
            await Self.perform(app.update(.key(key)), on: &app, harness)
            guard app.state.showsBuyerPage else { continue }
            if app.state.laidOutCheckout.value == nil { leftToTheFrame += 1 }
            // Form input leaves the view to the frame; the cursor still checks out below.
            if app.state.builtPageView.value == nil { unbuilt += 1 } else { kept += 1 }
            // The stops Tab steps through are kept through that form input, and are the fresh view's.
            if app.state.builtPageView.value == nil, app.state.pageStops.value != nil { stopsKeptUnbuilt += 1 }
            #expect(app.stopsInScreenOrder == CheckoutStops.inScreenOrder(app.freshPageView))
            // A frame drawn without the preparation (a headless capture) scrolls as the prepared one does.
            let unprepared = app
            app.prepareFrame(size: size)
            #expect(unprepared.view(size: size) == app.view(size: size))
            if app.state.checkoutScroll > 0 { scrolled += 1 }
            let fresh = app.environment.page.view(app.state.page)
            #expect(app.state.builtPageView.value != nil, "the frame keeps the view it built")
            #expect(app.pageView == fresh)
            var unkept = app
            unkept.state.builtPageView.value = nil
            unkept.state.laidOutCheckout.value = nil
            unkept.settle()
            unkept.prepareFrame(size: size)
            #expect(unkept.state.cursor == app.state.cursor)
            #expect(unkept.state.checkoutScroll == app.state.checkoutScroll)
            // The frame draws the lines `prepareFrame` laid out, and lays the page out again only for another size.
            if app.state.laidOutCheckout.value != nil { laidOut += 1 }
            var notLaidOut = app
            notLaidOut.state.laidOutCheckout.value = nil
            #expect(app.view(size: size) == notLaidOut.view(size: size))
            let other = Size(width: size.width + 7, height: size.height + 3)
            #expect(app.view(size: other) == notLaidOut.view(size: other))
        }
        #expect(kept > 2)
        #expect(unbuilt > 25, "each character typed into the card form")
        #expect(stopsKeptUnbuilt == unbuilt, "Tab after typing finds the stops without building the view")
        #expect(laidOut > 30)
        #expect(leftToTheFrame > 20)
        if size.height < 20 { #expect(scrolled > 0, "the form scrolls at \(size)") }
        #expect(app.state.stage == .merchantResult)
        #expect(app.state.builtMerchantView.value != nil && app.state.builtMerchantControls.value != nil)
        var unkept = app
        unkept.state.builtMerchantView.value = nil
        unkept.state.builtMerchantControls.value = nil
        #expect(app.merchantView == unkept.merchantView)
        #expect(app.merchantControls == unkept.merchantControls)
        #expect(app.view(size: size) == unkept.view(size: size))
    }

    @Test("a change to the page other than form input drops the kept stops at once, before any settling")
    func stopsDroppedByAnyOtherChange() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        var app = CheckoutApp(environment: harness.environment, size: Size(width: 80, height: 24))
        await Self.perform(app.start(), on: &app, harness)
        for step in Script.payByCard(saveCard: false).prefix(4) {
            guard case .key(let key) = step else { continue }
            await Self.perform(app.update(.key(key)), on: &app, harness)
        }
        let onForm = app.stopsInScreenOrder
        #expect(onForm.contains { $0.isInForm }, "the card form is open: \(onForm)")
        #expect(app.state.pageStops.value == onForm)
        let other = try #require(app.state.page.lineup.methods.first { $0.paymentMethodType != .card })
        // A key's handler that sends the site something and then reads the stops (Enter on a row) reads the new page's.
        _ = app.send(.page(.methodSelected(other.paymentMethodType)))
        #expect(app.state.pageStops.value == nil)
        #expect(app.stopsInScreenOrder == CheckoutStops.inScreenOrder(app.freshPageView))
        #expect(app.stopsInScreenOrder != onForm)
    }

    /// Runs commands breadth first, their messages fed back in order, as the headless session does.
    private static func perform(_ commands: [AppCommand], on app: inout CheckoutApp, _ harness: AppHarness) async {
        var queue = commands
        while !queue.isEmpty {
            for message in await harness.runner.perform(queue.removeFirst()) { queue += app.update(message) }
        }
    }
}
