import CheckoutDomain

/// The cursor's stops on a page view, in screen order and in Tab order.
enum CheckoutStops {
    /// Rows top to bottom, the selected row's form right under it (or APO's card page's form), then the buttons.
    static func inScreenOrder(_ view: PageView) -> [CheckoutStop] {
        var stops: [CheckoutStop] = []
        if case .methods(let list) = view.screen {
            for row in list.sections.flatMap(\.rows) {
                stops.append(.option(row.option))
                if row.isSelected, let form = list.form { stops += formStops(form) }
            }
        }
        if case .cardEntry(let page) = view.screen { stops += formStops(page.form) }
        return stops + view.buttons.indices.map(CheckoutStop.button)
    }

    /// The form, then the buttons: Tab goes where typing and paying happen, and stops at either end.
    static func inTabOrder(_ view: PageView) -> [CheckoutStop] {
        inScreenOrder(view).filter { stop in
            if case .option = stop { return false }
            return true
        }
    }

    static func formStops(_ form: FormView) -> [CheckoutStop] {
        form.fields.map { CheckoutStop.field($0.field) } + (form.saveCard == nil ? [] : [.saveCard])
    }

    /// The row for `option` in the view, if it is listed.
    static func row(_ option: PaymentOption, in view: PageView) -> MethodRow? {
        guard case .methods(let list) = view.screen else { return nil }
        return list.sections.flatMap(\.rows).first { $0.option == option }
    }
}
