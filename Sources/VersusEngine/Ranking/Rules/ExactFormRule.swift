/// `exactForm`: a passage that holds the query's words as typed ("netted", "laying"), not only
/// words of the same stem ("net", "lay").
struct ExactFormRule: RankingRule {
    static let name = "exactForm"

    /// The score is multiplied by `1 + exactForm × share`, share being the part of the matched
    /// query weight whose words appear as typed: up to ×1.5.
    var exactForm = 0.5

    static let weightsByName: WeightsByName = ["exactForm": \.exactForm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let covered = query.coveredTerms(by: passage)
        let coveredWeight = RankingQuery.weight(of: covered)
        let exact = covered.filter { $0.isTyped(in: passage) }
        guard coveredWeight > 0, !exact.isEmpty else { return nil }
        return query.factor(
            1 + exactForm * (RankingQuery.weight(of: exact) / coveredWeight),
            "\(exact.count) of its matched query words appear as typed, not only by stem")
    }
}
