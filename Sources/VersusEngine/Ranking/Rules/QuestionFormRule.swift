/// `questionForm`: an FAQ whose question opens as the query does ("who…", "why…", "how
/// often…"; see ``QuestionForm``): a reworded question keeps what it asks for.
struct QuestionFormRule: RankingRule {
    static let name = "questionForm"

    /// An FAQ whose question asks for the same kind of answer as the query.
    var sameQuestionForm = 1.3

    /// A chart row whose label gives what the query asks for ("where do sea lions live":
    /// "Habitat"; see ``QuestionForm/answered(byLabel:)``).
    var labelAnswersForm = 2.0

    static let weightsByName: WeightsByName = [
        "sameQuestionForm": \.sameQuestionForm, "labelAnswersForm": \.labelAnswersForm,
    ]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let form = query.analyzed.questionForm, passage.questionForm == form else { return nil }
        switch passage.kind {
        case .faq: return query.factor(sameQuestionForm, "its question asks for a \(form.rawValue), as the query does")
        case .chart: return query.factor(labelAnswersForm, "its label gives a \(form.rawValue), as the query asks")
        default: return nil
        }
    }
}
