/// `attributeNamed`: beside both terms of an article ("synchronous vs asynchronous in learning"),
/// a word that names a row of the article's chart asks for that row rather than the summary.
struct AttributeNamedRule: RankingRule {
    static let name = "attributeNamed"

    /// A chart row whose label holds a word the query adds to both terms. Half the summary's
    /// prior under a difference query (``IntentPriorRule/differenceWantsSummary``): the row also
    /// covers the added word, which the summary rarely does, and that settles it (3 to 9 rank
    /// alike).
    var differenceNamesAttribute = 3.0

    static let weightsByName: WeightsByName = ["differenceNamesAttribute": \.differenceNamesAttribute]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.kind == .chart, query.intent == .difference, query.analyzed.namedArticles[passage.article] == .both,
            query.terms.contains(where: { term in
                // Added to this article's terms, though on a real site it may name another
                // article ("smell" in "mold vs mildew smell").
                !passage.articleTermStems.contains(term.term.stem) && term.isCovered(within: passage.headingStems)
            })
        else { return nil }
        return query.factor(differenceNamesAttribute, "its label names the attribute the query adds to both terms")
    }
}
