/// `senseOrder`: a term's primary senses before its later ones. Dictionaries list the primary
/// senses first, and without other clues people mean those.
struct SenseOrderRule: RankingRule {
    static let name = "senseOrder"

    /// A definition or example of the sense at `rank` (0 first) has its score divided by
    /// `1 + laterSense × rank`.
    var laterSense = 0.3

    static let weightsByName: WeightsByName = ["laterSense": \.laterSense]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let rank = passage.senseRank, rank > 0 else { return nil }
        return query.factor(
            1 / (1 + laterSense * Double(rank)), "sense \(rank + 1) of its term; dictionaries list primary senses first")
    }
}
