import CheckoutDomain

/// The cursor's stops on a page view, in screen order and in Tab order.
enum CheckoutStops {
    /// Rows top to bottom, the selected row's form right under it (or APO's card page's form), then the buttons.
    static func inScreenOrder(_ view: PageView) -> [CheckoutStop] {
        var stops: [CheckoutStop] = []
        switch view.screen {
        case .methods(let list):
            for section in list.sections {
                for row in section.rows {
                    stops.append(.option(row.option))
                    if row.isSelected, let form = list.form { appendStops(of: form, to: &stops) }
                }
            }
        case .cardEntry(let page): appendStops(of: page.form, to: &stops)
        default: break
        }
        for index in view.buttons.indices { stops.append(.button(index)) }
        return stops
    }

    /// The form, then the buttons: Tab goes where typing and paying happen, and stops at either end.
    static func inTabOrder(_ stops: [CheckoutStop]) -> [CheckoutStop] {
        stops.filter { stop in
            if case .option = stop { return false }
            return true
        }
    }

    private static func appendStops(of form: FormView, to stops: inout [CheckoutStop]) {
        for field in form.fields { stops.append(.field(field.field)) }
        if form.saveCard != nil { stops.append(.saveCard) }
    }

    /// The row for `option` in the view, if it is listed.
    static func row(_ option: PaymentOption, in view: PageView) -> MethodRow? {
        guard case .methods(let list) = view.screen else { return nil }
        return list.sections.flatMap(\.rows).first { $0.option == option }
    }
}
