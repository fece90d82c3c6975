/// `routing`: a passage of an article whose terms the query names ("affect vs effect", "how much
/// sunscreen…"): that article is what the person is asking about.
struct RoutingRule: RankingRule {
    static let name = "routing"

    /// A passage of the article whose two terms the query names.
    var namesBothTerms = 3.0
    /// A passage of an article one of whose terms the query names: the article is likely the
    /// subject, though a word of the query may belong to another ("body"). On the tune split
    /// 1.3 loses article@1 and 3 loses passages; 1.5 to 2 rank alike.
    var namesOneTerm = 1.5

    static let weightsByName: WeightsByName = [
        "namesBothTerms": \.namesBothTerms, "namesOneTerm": \.namesOneTerm,
    ]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let named = query.analyzed.namedArticles[passage.article] else { return nil }
        return named == .both
            ? query.factor(namesBothTerms, "query names both terms of this article")
            : query.factor(namesOneTerm, "query names a term of this article")
    }
}
