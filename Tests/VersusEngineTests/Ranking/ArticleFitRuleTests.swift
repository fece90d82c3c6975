import Testing
@testable import VersusEngine

/// `articleFit`:
/// - an article's coverage is the share of the query's weight that its competing passages hold
///   together, so passages of one article share the factor;
/// - a passage of an article that holds all of the query's words is left alone, one whose article
///   holds part of them scales by that share squared (never below the least coverage);
/// - in a request for a meaning or an example of a named term, only the term's words count.
@Suite struct ArticleFitRuleTests {
    /// The factor each passage gets when `passages` compete for `text`.
    private func factors(_ text: String, _ passages: [Passage]) -> [Double?] {
        let query = RuleFixtures.query(text)
        let ranking = RankingQuery(query, explained: true)
        let evidence = Ranker.withArticleCoverage(passages.map { RuleFixtures.evidence($0, for: query) }, query: ranking)
        return evidence.map { ArticleFitRule(.default).factor(for: $0, in: ranking)?.value }
    }

    @Test(arguments: [
        // Tea's two passages hold "milk" and "caffeine" between them; Git's holds one of three words.
        ("milk caffeine", [Passage.summary("Tea has caffeine."), .faq("Milk?", "Add milk."), .summary("Caffeine.", article: "git-vs-github")],
         [nil, nil, 0.25]),
        ("milk caffeine roast", [.summary("Milk and caffeine."), .summary("Roast.", article: "git-vs-github")], [4.0 / 9, 1.0 / 9]),
        ("milk caffeine", [.summary("Tea.", article: "git-vs-github")], [CoverageRule.minimumCoverage * CoverageRule.minimumCoverage]),
        // "tea meaning soothing": only "tea" counts; Git's passage holds "soothing" but not the term.
        ("tea meaning soothing", [.definition("A drink."), .summary("Soothing.", article: "git-vs-github")],
         [nil, CoverageRule.minimumCoverage * CoverageRule.minimumCoverage]),
    ] as [(String, [Passage], [Double?])])
    func anArticleFitsByTheWordsOfAllItsPassages(_ query: String, _ passages: [Passage], _ expected: [Double?]) {
        let found = factors(query, passages)
        #expect(found.count == expected.count)
        for (value, wanted) in zip(found, expected) { #expect(RuleFixtures.same(value, wanted)) }
    }

    @Test func theArticleThatHoldsTheRestOutranksALonePassage() {
        let query = RuleFixtures.query("milk caffeine roast")
        var lone = RuleFixtures.evidence(.faq("Is there caffeine in milk?", article: "git-vs-github"), for: query)
        var answer = RuleFixtures.evidence(.summary("Tea has caffeine and milk."), for: query)
        var rest = RuleFixtures.evidence(.difference("Roast the leaves."), for: query)
        (lone.rowid, answer.rowid, rest.rowid) = (1, 2, 3)
        (lone.bm25, answer.bm25, rest.bm25) = (3, 2, 1)
        var off = RankingWeights()
        try? off.set("articleFitExponent=0")
        #expect(Ranker(weights: off).rank([lone, answer, rest], query: query).first?.evidence.rowid == 1)
        #expect(Ranker(weights: .default).rank([lone, answer, rest], query: query).first?.evidence.rowid == 2)
    }
}
