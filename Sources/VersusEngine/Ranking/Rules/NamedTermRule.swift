/// `term`: when the query names one term of an article ("http definition"), a definition or
/// example about that very term over the other term's. Applied after ``RoutingRule``.
struct NamedTermRule: RankingRule {
    static let name = "term"

    /// A passage about the one term the query names.
    var aboutNamedTerm = 1.5

    static let weightsByName: WeightsByName = ["aboutNamedTerm": \.aboutNamedTerm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let named = query.analyzed.namedArticles[passage.article], named != .both, passage.term == named else { return nil }
        return query.factor(aboutNamedTerm, "passage is about the named term")
    }
}
