import Testing
@testable import VersusEngine

/// `intent`:
/// - each intent favours the passage kinds that answer it (a boost, never a filter);
/// - a difference query's summary counts less when it misses a word the query adds to the terms;
/// - the other kinds, and every kind under a keyword query, get no factor.
@Suite struct IntentPriorRuleTests {
    @Test(arguments: [
        ("tea in a sentence", Passage.example("She drank tea.", sense: "A drink."), Double?.some(8)),
        ("tea in a sentence", .definition("A drink."), 1.3),
        ("tea in a sentence", .faq("Does tea have caffeine?"), nil),
        ("meaning of tea", .definition("A drink."), 3),
        ("meaning of tea", .example("She drank tea.", sense: "A drink."), 1.2),
        ("meaning of tea", .summary("Tea is brewed from leaves."), nil),
        ("tea vs coffee", .summary("Tea is brewed from leaves."), 6),
        ("tea vs coffee", .difference("Tea has less caffeine."), 1.5),
        ("tea vs coffee", .chart("Source", "Leaves"), nil),
        ("tea vs coffee caffeine", .summary("Tea is brewed from leaves."), 2),
        ("tea vs coffee caffeine", .summary("Tea has less caffeine than coffee."), 6),
        ("tea vs coffee caffeine", .difference("Tea has less caffeine."), 1.5),
        // The other side of the query's pair counts: this summary does not compare tea with cocoa.
        ("tea vs cocoa", .summary("Tea is brewed from leaves."), 2),
        ("which has more caffeine tea or coffee", .chart("Caffeine per cup", "About 80 mg"), 1.5),
        ("which has more caffeine tea or coffee", .faq("Does tea have caffeine?"), 1.5),
        ("which has more caffeine tea or coffee", .summary("Tea is brewed from leaves."), nil),
        ("does tea have caffeine", .faq("Does tea have caffeine?"), 1.5),
        ("does tea have caffeine", .chart("Caffeine per cup", "About 20 mg"), 2),
        ("does tea have caffeine", .definition("A drink."), nil),
        ("tea caffeine", .summary("Tea has caffeine."), nil),
    ])
    func theIntentFavoursAKind(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(IntentPriorRule.self, query, passage), expected))
    }

    @Test(arguments: PassageKind.allCases)
    func keywordsFavourNoKind(_ kind: PassageKind) {
        #expect(IntentPriorRule().prior(for: kind, under: .keyword) == 1)
    }
}
