/// `exactHeading`: an FAQ whose question, or a chart row whose label, says what the query says
/// and nothing else ("counterpoint": "What is counterpoint?", not "What does inversion mean in
/// counterpoint?"; "crossing over": the row "Crossing over"). Its subject is the query's; a
/// heading that also names something else is about that. Stop words, intent markers and framing
/// words aside. Not in a request for a meaning or an example, which a definition answers first.
struct ExactHeadingRule: RankingRule {
    static let name = "exactHeading"

    /// Half again: like a heading that holds the whole query under a question (``SameQuestionRule``
    /// at most doubles), below a phrase held (×2) and an article named by both terms (×3).
    var headingIsTheQuery = 1.5

    static let weightsByName: WeightsByName = ["headingIsTheQuery": \.headingIsTheQuery]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.headingHoldsNothingElse, passage.kind == .faq || passage.kind == .chart,
            query.intent != .define, query.intent != .example, !query.terms.isEmpty,
            query.terms.allSatisfy({ $0.isCovered(within: passage.headingStems) })
        else { return nil }
        return query.factor(
            headingIsTheQuery, "its \(passage.kind == .faq ? "question" : "label") holds the query's words and no others")
    }
}
