/// `partOfSpeech`: a definition or example whose sense reads as the part of speech the query asks
/// for ("effect used as a verb": a sense that starts "To …"; see ``PartOfSpeech``).
struct PartOfSpeechRule: RankingRule {
    static let name = "partOfSpeech"

    /// A sense of the part of speech asked for.
    var partOfSpeech = 2.0

    static let weightsByName: WeightsByName = ["partOfSpeech": \.partOfSpeech]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let wanted = query.analyzed.partOfSpeech, let sense = passage.senseText,
            PartOfSpeech.guess(fromDefinition: sense) == wanted
        else { return nil }
        return query.factor(partOfSpeech, "sense reads as a \(wanted.rawValue), as asked")
    }
}
