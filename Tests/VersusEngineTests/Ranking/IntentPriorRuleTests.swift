import Testing
@testable import VersusEngine

/// `intent`:
/// - each intent favours the passage kinds that answer it (a boost, never a filter);
/// - a difference query's summary counts less when it misses a word the query adds to the terms;
/// - a query that names both terms (or one, when it names no pair), writes a word of "differ"
///   and adds an aspect favours the key-difference paragraph holding it, whatever else its
///   intent ("how do tea and coffee differ in caffeine");
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
        ("how do tea and coffee differ in caffeine", .difference("Coffee has more caffeine."), 3),
        ("how do tea and coffee differ in caffeine", .difference("Coffee is roasted."), nil),
        ("how do tea and coffee differ in caffeine", .chart("Caffeine per cup", "About 80 mg"), 1.5),
        ("tea vs coffee caffeine differences", .difference("Coffee has more caffeine."), 3),
        // One term named while no article is named whole: the paragraph of that one.
        ("how does coffee differ from cocoa in caffeine", .difference("Coffee has more caffeine."), 3),
        // …while another article's pair is named whole: this one's paragraph merely holds an aspect.
        ("how do git and github differ in caffeine and tea", .difference("Coffee has more caffeine."), nil),
        ("tea vs coffee caffeine", .difference("Coffee has more caffeine."), 1.5),
        ("how are tea and coffee different", .difference("Coffee has more caffeine."), 1.5),
        ("can you drink tea in a different cup", .difference("Coffee has more caffeine in a cup."), 1.5),
    ])
    func theIntentFavoursAKind(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(IntentPriorRule.self, query, passage), expected))
    }

    @Test(arguments: [
        ("how do tea and coffee differ", true), ("tea coffee difference", true), ("diffrences", false),
        ("differently brewed", true), ("a different cup of tea", false), ("tea vs coffee", false),
    ])
    func aWordOfDiffer(_ query: String, _ writes: Bool) {
        #expect(RankingQuery.writesDifference(WordTokenizer.words(in: query)) == writes)
    }

    @Test(arguments: PassageKind.allCases)
    func keywordsFavourNoKind(_ kind: PassageKind) {
        #expect(IntentPriorRule().prior(for: kind, under: .keyword) == 1)
    }
}
