/// `wordQuestion`: an FAQ that asks about a word itself — how many meanings it has, whether it can
/// be used as a verb, another word for it (``WordQuestion``) — answers only a query that asks
/// about words too. At 100,000 articles such FAQs share the query's term and its question words
/// ("how many violists in a symphony orchestra": "How many meanings does symphony have?"; "is
/// parmesan ok for vegetarians": "Can Parmesan be used as a verb?") and won over the answer.
struct WordQuestionRule: RankingRule {
    static let name = "wordQuestion"

    /// An FAQ about a word under a query that asks nothing about words.
    var wordQuestionUnasked = 0.5

    static let weightsByName: WeightsByName = ["wordQuestionUnasked": \.wordQuestionUnasked]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        // Asking how a word is used in a sentence is asking about the word too ("how is rhythm
        // measured": not "How is rhythm used in a sentence?").
        let asksForUsage = passage.asks == .example && query.intent != .example
        guard passage.asksAboutTheWord || asksForUsage, !query.asksAboutWords else { return nil }
        return query.factor(wordQuestionUnasked, "the FAQ asks about a word itself, and the query does not")
    }
}
