/// `phrase`: a passage that holds the query's words side by side, as the query wrote them
/// ("mixed content", "statute of limitations"), before one that holds them apart. A bag of words
/// cannot tell an FAQ about mixed content from the definition of "content".
struct PhraseRule: RankingRule {
    static let name = "phrase"

    /// The score is multiplied by `1 + heldPhrase × share`, share being the part of the query's
    /// phrases the passage holds: at 1, a passage holding the query's one phrase doubles, enough
    /// to beat the routing of an article named by one word of the phrase (1.5).
    var heldPhrase = 1.0
    /// The same under a question, whose neighbouring words are more often loose ("does weight
    /// change", "less risky") than a phrase.
    var heldPhraseInQuestion = 0.5

    static let weightsByName: WeightsByName = [
        "heldPhrase": \.heldPhrase, "heldPhraseInQuestion": \.heldPhraseInQuestion,
    ]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let phrases = query.analyzed.phrases
        guard passage.phrasesHeld > 0, !phrases.isEmpty else { return nil }
        return query.factor(
            1 + (query.asksAQuestion ? heldPhraseInQuestion : heldPhrase) * Double(passage.phrasesHeld) / Double(phrases.count),
            "holds \(passage.phrasesHeld) of the query's \(phrases.count) phrases word for word")
    }
}
