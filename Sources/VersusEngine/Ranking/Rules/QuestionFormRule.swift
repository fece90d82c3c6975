/// `questionForm`: an FAQ whose question opens as the query does ("who…", "why…", "how
/// often…"; see ``QuestionForm``): a reworded question keeps what it asks for.
struct QuestionFormRule: RankingRule {
    static let name = "questionForm"

    /// An FAQ whose question asks for the same kind of answer as the query.
    var sameQuestionForm = 1.3

    static let weightsByName: WeightsByName = ["sameQuestionForm": \.sameQuestionForm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.kind == .faq, let form = query.analyzed.questionForm, passage.questionForm == form else { return nil }
        return query.factor(sameQuestionForm, "its question asks for a \(form.rawValue), as the query does")
    }
}
