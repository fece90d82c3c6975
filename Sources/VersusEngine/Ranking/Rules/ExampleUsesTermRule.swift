/// `usesTerm`: asked for an example of a named term, an example sentence that never uses the
/// term illustrates nothing. WordNet's examples show a sense through any of its words ("He
/// rushed down the hall to receive his guests" under a sense of "speed"), and among 100,000
/// articles such a sentence of another article often outranked one that uses the word.
struct ExampleUsesTermRule: RankingRule {
    static let name = "usesTerm"

    /// An example whose sentence holds none of the named term's words, in any form. A half: at
    /// 100,000 articles article@1 gained on four of five sets (up to +0.009), alone nothing moved.
    var exampleWithoutTerm = 0.5

    static let weightsByName: WeightsByName = ["exampleWithoutTerm": \.exampleWithoutTerm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.kind == .example, query.intent == .example else { return nil }
        let named = query.terms.filter { $0.term.namesTerm && passage.articleTermStems.contains($0.term.stem) }
        guard !named.isEmpty, !named.contains(where: { $0.isCovered(within: passage.bodyStems) }) else { return nil }
        return query.factor(exampleWithoutTerm, "its sentence never uses the term")
    }
}
