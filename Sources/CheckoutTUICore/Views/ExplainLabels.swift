/// The explain pane's own words in the knowledge base's locales, so a trainee reads one language throughout.
enum ExplainLabels {
    /// The pane's title and the paragraph labels, by locale; en_US for any other.
    static func words(for locale: String) -> (pane: String, parts: [ExplainCard.Part: String]) {
        switch locale {
        case "pt_BR":
            ("Explicação", [
                .tellTheBuyer: "Diga ao comprador", .whatHappened: "O que aconteceu",
                .merchantNextStep: "Próximo passo do lojista", .whereItComesFrom: "De onde vem", .sources: "Fontes",
            ])
        case "es_MX":
            ("Explicación", [
                .tellTheBuyer: "Dígale al comprador", .whatHappened: "Qué pasó",
                .merchantNextStep: "Siguiente paso del comercio", .whereItComesFrom: "De dónde viene", .sources: "Fuentes",
            ])
        case "pl_PL":
            ("Wyjaśnienie", [
                .tellTheBuyer: "Powiedz kupującemu", .whatHappened: "Co się stało",
                .merchantNextStep: "Następny krok sprzedawcy", .whereItComesFrom: "Skąd to pochodzi", .sources: "Źródła",
            ])
        case "zh_CN":
            ("说明", [
                .tellTheBuyer: "告诉买家", .whatHappened: "发生了什么", .merchantNextStep: "商户下一步",
                .whereItComesFrom: "来源", .sources: "依据",
            ])
        default:
            ("Explain", [
                .tellTheBuyer: "Tell the buyer", .whatHappened: "What happened",
                .merchantNextStep: "Merchant's next step", .whereItComesFrom: "Where it comes from", .sources: "Sources",
            ])
        }
    }
}
