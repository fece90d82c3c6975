/// `sameQuestion`: under a question, an FAQ whose question (or a chart row whose label) itself
/// holds the query's words. People ask what the FAQ asks; a word found only in its answer counts
/// less.
struct SameQuestionRule: RankingRule {
    static let name = "sameQuestion"

    /// The score is multiplied by `1 + questionMatchesFAQ × share`, share being the part of the
    /// query's weight found in the question or label itself: up to ×2 for all of it.
    var questionMatchesFAQ = 1.0

    static let weightsByName: WeightsByName = ["questionMatchesFAQ": \.questionMatchesFAQ]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.kind == .faq || passage.kind == .chart, query.asksAQuestion else { return nil }
        // A chart row's label never names the terms it compares ("Speed and latency"), which an
        // FAQ's question does ("Does streaming video use TCP or UDP?"): in an article the query
        // names, a label is read as holding the article's terms too.
        var held = passage.headingStems
        if passage.kind == .chart, query.analyzed.namedArticles[passage.article] != nil {
            held.formUnion(query.vocabulary.set(of: passage.articleTermStems))
        }
        guard query.totalWeight > 0 else { return nil }
        let asked = query.terms.filter { $0.isCovered(within: held) }
        let share = RankingQuery.weight(of: asked) / query.totalWeight
        guard share > 0 else { return nil }
        return query.factor(
            1 + questionMatchesFAQ * share,
            "its \(passage.kind == .faq ? "question" : "attribute") holds \(asked.count) of the query's \(query.terms.count) words")
    }
}
