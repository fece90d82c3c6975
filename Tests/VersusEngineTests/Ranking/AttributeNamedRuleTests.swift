import Testing
@testable import VersusEngine

/// `attributeNamed`:
/// - beside both terms ("tea vs coffee caffeine"), a chart row whose label holds the added word
///   gains `differenceNamesAttribute`, even when that word is another article's term;
/// - a label that holds only a term's word, another row, another kind, or a query that names one
///   term gain nothing.
@Suite struct AttributeNamedRuleTests {
    @Test(arguments: [
        ("tea vs coffee caffeine", Passage.chart("Caffeine per cup", "About 20 to 60 mg"), Double?.some(3)),
        ("tea vs coffee caffeine", .chart("Source", "Leaves of the tea plant"), nil),
        // The added word may name another article: on a real site most words do.
        ("tea vs coffee smell", .chart("Smell", "Grassy or floral"), 3),
        ("tea vs coffee caffeine", .summary("Tea has less caffeine than coffee."), nil),
        ("tea vs coffee", .chart("Tea leaves", "Green or black"), nil),
        ("does coffee have more caffeine", .chart("Caffeine per cup", "About 80 mg"), nil),
    ])
    func aLabelNamesTheAddedWord(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(AttributeNamedRule.self, query, passage), expected))
    }
}
