/// `quantity`: when the question asks for an amount ("how many years…", "how long…"), a passage
/// that states one (a digit, a number word; see ``AnswerType``). A "how many" question answered
/// without a number is not answered.
struct QuantityRule: RankingRule {
    static let name = "quantity"

    /// A passage that states an amount under a quantity question: as telling as the passage
    /// kind; the tune split gains from 1.6 to 3 alike.
    var statesQuantity = 2.0

    static let weightsByName: WeightsByName = ["statesQuantity": \.statesQuantity]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard query.analyzed.answerType == .quantity, AnswerType.statesQuantity(passage.body) else { return nil }
        return query.factor(statesQuantity, "the question asks how many or how much, and the passage states an amount")
    }
}
