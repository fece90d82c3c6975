/// `question`: an FAQ whose question asks what the query asks — a meaning ("What does 'agreed in
/// principle' mean?") or a usage example — is a definition or example in question form.
struct QuestionAsksRule: RankingRule {
    static let name = "question"

    /// An FAQ that asks for a meaning under a `define` query, or for an example under an
    /// `example` query.
    var questionAsksTheSame = 1.5

    static let weightsByName: WeightsByName = ["questionAsksTheSame": \.questionAsksTheSame]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let asks = passage.asks, asks == query.intent else { return nil }
        return query.factor(
            questionAsksTheSame, "the FAQ question asks for a \(asks == .define ? "meaning" : "usage example"), as the query does")
    }
}
