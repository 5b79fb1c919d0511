import Testing

/// The scanner the at-rest test relies on finds what it must and passes over ids that only look like numbers.
struct CardNumberScanTests {
    private let scan = CardNumberScan(testCards: ["4054695723100768"])

    private func hits(_ text: String) -> [String] {
        scan.hits(in: Array(text.utf8), artifact: "t").map(\.description)
    }

    @Test("a test card whole, grouped by spaces or dashes, or glued to letters; masked in the description")
    func testCards() {
        #expect(hits("cardNo=4054695723100768;") == ["t at byte 7: ************0768 (a sandbox test card)"])
        #expect(hits("[4054 6957 2310 0768]") == ["t at byte 1: ************0768 (a sandbox test card)"])
        #expect(hits("x4054-6957-2310-0768") == ["t at byte 1: ************0768 (a sandbox test card)"])
        #expect(hits("TOKEN4054695723100768") == ["t at byte 5: ************0768 (a sandbox test card)"])
    }

    @Test("any other Luhn-valid 13–19 digit run standing alone; not one in an alphanumeric id, a failing one, or a long id")
    func luhnRuns() {
        #expect(hits(" 4111111111111111 ") == ["t at byte 1: ************1111 (Luhn-valid)"])
        #expect(hits("ALIPAY20261121SIMTOKEN0947984486003").isEmpty)
        #expect(hits("4111111111111112").isEmpty)
        #expect(hits("paymentId 2026112119401080010018800366651134877").isEmpty)
        #expect(hits("**** **** **** 0768, ************0768").isEmpty)
        #expect(hits("x 4111 1111 1111 1111 x") == ["t at byte 2: ************1111 (Luhn-valid)"])
        #expect(hits("3782-822463-10005") == ["t at byte 0: ***********0005 (Luhn-valid)"])
    }

    @Test("bytes laid out in pages are searched for the test cards only")
    func testCardsOnly() {
        let bytes = Array(" 4111111111111111 \u{0}\u{0}\u{4}\u{1}4054695723100768".utf8)
        let found = scan.hits(in: bytes, artifact: "t", scope: .testCards).map(\.description)
        #expect(found == ["t at byte 22: ************0768 (a sandbox test card)"])
        #expect(scan.hits(in: bytes, artifact: "t").count == 2)
    }

    @Test("SQLite's back-to-back columns: an id's digits run into a date, which is not a card's grouping")
    func sqliteColumns() {
        // 0001 2026 11 21 07 passes the Luhn check when joined, but no card is printed 4-4-2-2-2.
        #expect(hits("SESSION\u{1}0001 2026-11-21 07:23:09.629").isEmpty)
        #expect(hits("PAY_PL_P24_00012026112107").isEmpty)
    }
}
