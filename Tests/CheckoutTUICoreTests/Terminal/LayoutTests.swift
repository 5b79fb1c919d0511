import CheckoutTUICore
import Testing

/// Rect geometry and row/column splits.
@Suite struct LayoutTests {
    @Test func rowsGiveFixedSlotsTheirSizeAndFlexibleSlotsTheRest() {
        let rows = Rect(x: 2, y: 1, width: 10, height: 10).rows([.fixed(1), .flexible(), .fixed(2)])
        #expect(rows == [
            Rect(x: 2, y: 1, width: 10, height: 1),
            Rect(x: 2, y: 2, width: 10, height: 7),
            Rect(x: 2, y: 9, width: 10, height: 2),
        ])
    }

    @Test func flexibleSlotsShareByWeightAndRoundingGoesToTheFirst() {
        let columns = Rect(x: 0, y: 0, width: 10, height: 1).columns([.flexible(weight: 1), .flexible(weight: 2)])
        #expect(columns.map(\.width) == [4, 6])
        #expect(columns.map(\.x) == [0, 4])
    }

    @Test func spacingSitsBetweenSlots() {
        let columns = Rect(x: 0, y: 0, width: 10, height: 1).columns([.fixed(3), .flexible()], spacing: 1)
        #expect(columns.map(\.x) == [0, 4])
        #expect(columns.map(\.width) == [3, 6])
    }

    @Test func fixedSlotsShrinkWhenSpaceRunsOut() {
        let rows = Rect(x: 0, y: 0, width: 1, height: 7).rows([.fixed(5), .fixed(5), .flexible()])
        #expect(rows.map(\.height) == [5, 2, 0])
        #expect(rows.map(\.y) == [0, 5, 7])
    }

    @Test func intersectionAndInset() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(rect.intersection(Rect(x: 8, y: 3, width: 5, height: 5)) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(rect.intersection(Rect(x: 20, y: 0, width: 2, height: 2)).isEmpty)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(rect.inset(horizontal: 6, vertical: 0).width == 0)
        #expect(rect.contains(x: 9, y: 4))
        #expect(!rect.contains(x: 10, y: 4))
    }
}
