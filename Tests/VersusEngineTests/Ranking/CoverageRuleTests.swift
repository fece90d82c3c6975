import Testing
@testable import VersusEngine

/// `coverage`:
/// - a passage scores the share of the query's weight whose words it holds, in its heading,
///   text or context, by stem, by prefix for the word being typed;
/// - a passage that holds none keeps the least coverage, never zero;
/// - a corrected word weighs its share (``CorrectedWordShare``) of a typed word;
/// - `coverageExponent` makes the AND steeper.
@Suite struct CoverageRuleTests {
    @Test(arguments: [
        ("tea caffeine", Passage.summary("Tea has caffeine."), 1.0),
        ("tea caffeine", .summary("Tea is brewed from leaves."), 0.5),
        ("tea caffeine", .summary("Coffee is brewed from seeds."), CoverageRule.minimumCoverage),
        ("tea caffeine", .faq("Does tea have caffeine?"), 1.0),
        ("tea caffeine", .example("She drank tea.", sense: "A drink with caffeine."), 1.0),
        ("tea vs coffee caffeine", .summary("Tea has less caffeine."), 2.0 / 3),
    ])
    func shareOfTheQueryHeld(_ query: String, _ passage: Passage, _ expected: Double) {
        #expect(RuleFixtures.same(RuleFixtures.factor(CoverageRule.self, query, passage), expected))
    }

    @Test func theWordBeingTypedCoversByPrefix() {
        let query = QueryAnalyzer(lexicon: RuleFixtures.lexicon).analyze("tea caff", prefix: true)
        #expect(RuleFixtures.same(RuleFixtures.factor(CoverageRule.self, query, .summary("Tea has caffeine.")), 1))
    }

    /// "tea caffeine" with "caffeine" a correction: it weighs half of "tea".
    @Test(arguments: [
        (Passage.summary("Caffeine."), 1.0 / 3), (.summary("Tea."), 2.0 / 3), (.summary("Tea has caffeine."), 1.0),
    ])
    func aCorrectionWeighsLess(_ passage: Passage, _ expected: Double) {
        var corrected = QueryTerm(word: "caffeine")
        corrected.isCorrection = true
        let query = AnalyzedQuery(text: "tea cafeine", terms: [QueryTerm(word: "tea"), corrected])
        #expect(RuleFixtures.same(RuleFixtures.factor(CoverageRule.self, query, passage), expected))
    }

    @Test func theExponentMakesTheAndSteeper() throws {
        var weights = RankingWeights()
        try weights.set("coverageExponent=2")
        let factor = RuleFixtures.factor(CoverageRule.self, "tea caffeine", .summary("Tea."), weights: weights)
        #expect(RuleFixtures.same(factor, 0.25))
    }
}
