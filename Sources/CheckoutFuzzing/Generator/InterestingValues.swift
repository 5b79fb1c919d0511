/// Values that sit on the edges of what Antom's fields accept, by field name, plus general ones.
enum InterestingValues {
    static let numbers = [
        "0", "-0", "1", "-1", "1.5", "1e999", "-1e999", "1e-999", "1E2", "0.1", "123456789012345678901234567890",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "2147483648",
        "1e20", "NaN", "Infinity", "0x10", "01", "1.", ".5", "--1", "+1",
    ]

    static let strings = [
        "", " ", "é", "e\u{301}", "合計", "👩‍👩‍👧", "\u{202E}evil", "\u{0}", "\u{FEFF}", "𝟘𝟙", "İ", "ß", "\u{200B}",
        "null", "true", "0", "<script>", "%00", "\\", "\"", String(repeating: "x", count: 65),
        String(repeating: "合", count: 300), String(repeating: "😀", count: 100), String(repeating: "9", count: 40),
    ]

    /// Values per field name; a field not listed gets the general ones.
    static let byKey: [String: [String]] = [
        "currency": ["SGD", "JPY", "KRW", "BHD", "PLN", "XXX", "sgd", "", " SGD", "SG", "SGDD", "€"],
        "value": [
            "0", "-1", "1", "00", "0100", "1.5", "1e3", " 100", "9999999999999999", "99999999999999999",
            "9223372036854775807", "9223372036854775808", "", ".", "+1", "١٢٣", "１２３", "6000", "3000",
        ],
        "goodsQuantity": ["0", "-1", "1", "1.5", "9223372036854775807", "99999999999999999999", "", " 2", "٢", "2"],
        "paymentSessionExpiryTime": dates,
        "paymentExpiryTime": dates,
        "expiryMonth": ["00", "13", "1", "12", "99", "-1", "", " 1", "１２"],
        "expiryYear": ["00", "99", "2030", "30", "-1", "999999999999999999999", "", "20"],
        "cardNo": [
            "4054695723100768", "5162774114974622", "4054692760174822", "4035501000000008", "4111111111111111",
            "4111111111111112", "4111", "40546957231007680000", "4054 6957 2310 0768", "4054-6957-2310-0768",
            "４０５４６９５７２３１００７６８", "",
        ],
        "cvv": ["", "1", "12", "123", "1234", "12345", "abc", "000"],
        "captureMode": ["AUTOMATIC", "MANUAL", "manual", "", "DELAYED"],
        "paymentMethodType": [
            "CARD", "GRABPAY_SG", "PAYNOW", "ALIPAY_CN", "P24", "MERCADOPAGO_BR", "KONBINI", "PIX", "TOSSPAY", "APPLEPAY",
            "", "card", "UNKNOWN_METHOD",
        ],
        "paymentRedirectUrl": urls,
        "paymentNotifyUrl": urls,
        "refundNotifyUrl": urls,
        "productCode": ["CASHIER_PAYMENT", "AGREEMENT_PAYMENT", "", "cashier_payment"],
        "productScene": ["CHECKOUT_PAYMENT", "ELEMENT_PAYMENT", ""],
        "paymentRequestId": ids,
        "paymentId": ids,
        "captureRequestId": ids,
        "refundRequestId": ids,
        "isLastCapture": ["true", "TRUE", "yes", "1"],
        "isAsyncRefund": ["true", "false", "maybe"],
        "is3DSAuthentication": ["true", "false", "TRUE"],
        "locale": ["en_US", "zh_CN", "pt_BR", "ja_JP", "xx", "", "en_US_POSIX"],
        "payerEmail": ["buyer@example.com", "a@b", "", "@", "a@b.c", "ünï@example.com"],
        "buyerEmail": ["buyer@example.com", "a@b", "", String(repeating: "a", count: 70) + "@x.com"],
        "cpf": ["52998224725", "00000000000", "123", "529.982.247-25", ""],
        "terminalType": ["WEB", "WAP", "APP", "MINI_APP", ""],
        "tokenizeMode": ["ASKFORCONSENT", "askforconsent", "ENABLED", "DISABLED", "ENABLE", ""],
    ]

    static let dates = [
        "2026-01-01T00:30:00+00:00", "2026-01-01T08:30:00+08:00", "2025-12-31T23:00:00Z", "2026-01-01T03:00:00Z",
        "2026-02-30T00:00:00Z", "2026-01-01T00:30:00", "garbage", "9999-12-31T23:59:59+14:00",
        "2026-01-01T00:30:00.123456789012345678901234567890Z", "0000-01-01T00:00:00Z", "2026-01-01T24:00:00Z", "",
    ]

    static let urls = [
        "https://merchant.example/result", "http://", "https://h", "ftp://x", "javascript:alert(1)",
        "http://[::1]:80/x", "", "http://exa mple.com", "https://merchant.example/" + String(repeating: "a", count: 2100),
        "HTTPS://MERCHANT.EXAMPLE", "//merchant.example",
    ]

    static let ids = [
        "FUZZ_PAY_CAPTURED", "FUZZ_PAY_AUTHORISED", "FUZZ_PAY_WALLET", "FUZZ_SESSION", "", " ",
        String(repeating: "R", count: 65), "💳", "4054695723100768",
    ]
}
