import Testing
@testable import VersusEngine

/// `quantity`:
/// - under a "how many / how much" question, a passage whose text states an amount gains
///   `statesQuantity`;
/// - a text with no amount, an amount only in the heading, or another question gain nothing.
@Suite struct QuantityRuleTests {
    @Test(arguments: [
        ("how much caffeine in tea", Passage.chart("Caffeine per cup", "About 20 to 60 mg"), Double?.some(2)),
        ("how much caffeine in tea", .faq("Does tea have caffeine?", "Yes, most tea has some."), nil),
        ("how much caffeine in tea", .chart("Cups 2", "Less caffeine"), nil),
        ("how many cups of tea", .faq("How many cups a day?", "Three or four is fine."), 2),
        ("does tea have caffeine", .chart("Caffeine per cup", "About 20 to 60 mg"), nil),
    ])
    func anAmountAnswersHowMany(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(QuantityRule.self, query, passage), expected))
    }
}
