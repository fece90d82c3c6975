/// `senseOrder`: a term's primary senses before its later ones. Dictionaries list the primary
/// senses first, and without other clues people mean those. In a request for a meaning or an
/// example, a sense that holds a term of its article the query names and another word of the query
/// has that clue ("golf driver in a sentence": the sense "in golf, a club…") and keeps its whole
/// score; a sense the query does not name has none ("use major as a college noun in a sentence" for
/// a sense of "jump" that holds both words). A stop word is no clue, even where some article makes
/// it a term ("in" in "imply in a sentence" among generated articles).
struct SenseOrderRule: RankingRule {
    static let name = "senseOrder"

    /// A definition or example of the sense at `rank` (0 first) has its score divided by
    /// `1 + laterSense × rank`.
    var laterSense = 0.3

    static let weightsByName: WeightsByName = ["laterSense": \.laterSense]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let rank = passage.senseRank, rank > 0 else { return nil }
        if query.intent.asksForSense {
            var namesTerm = false
            var qualified = false
            for term in query.terms where term.isCovered(by: passage) && !StopWords.contains(term.term.word) {
                if passage.articleTermStems.contains(term.term.stem) { namesTerm = true } else { qualified = true }
            }
            if namesTerm && qualified { return nil }
        }
        return query.factor(
            1 / (1 + laterSense * Double(rank)), "sense \(rank + 1) of its term; dictionaries list primary senses first")
    }
}
