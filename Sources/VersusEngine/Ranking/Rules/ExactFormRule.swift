/// `exactForm`: a passage that holds the query's words as typed ("netted", "laying"), not only
/// words of the same stem ("net", "lay").
struct ExactFormRule: RankingRule {
    static let name = "exactForm"

    /// The score is multiplied by `1 + exactForm × share`, share being the part of the matched
    /// query weight whose words appear as typed: up to ×1.5.
    var exactForm = 0.5

    static let weightsByName: WeightsByName = ["exactForm": \.exactForm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let exact = passage.coveredTerms & passage.typedTerms
        guard exact != 0 else { return nil }
        let coveredWeight = query.weight(ofTerms: passage.coveredTerms)
        guard coveredWeight > 0 else { return nil }
        return query.factor(
            1 + exactForm * (query.weight(ofTerms: exact) / coveredWeight),
            "\(exact.nonzeroBitCount) of its matched query words appear as typed, not only by stem")
    }
}
