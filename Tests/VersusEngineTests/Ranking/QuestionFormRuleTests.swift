import Testing
@testable import VersusEngine

/// `questionForm`:
/// - an FAQ whose question opens as the query does ("why…" and "why…") gains `sameQuestionForm`;
/// - a chart row whose label gives what the query asks for ("where…" and "Habitat") gains
///   `labelAnswersForm`;
/// - another form, a yes/no question, a query without a form, or another kind gain nothing.
@Suite struct QuestionFormRuleTests {
    @Test(arguments: [
        ("why does tea have caffeine", Passage.faq("Why does tea have caffeine?"), Double?.some(1.3)),
        ("why does tea have caffeine", .faq("Does tea have caffeine?"), nil),
        ("why does tea have caffeine", .faq("How much caffeine does tea have?"), nil),
        ("does tea have caffeine", .faq("Why does tea have caffeine?"), nil),
        ("how much caffeine in tea", .faq("How much caffeine does tea have?"), 1.3),
        ("where do tea plants grow", .chart("Where It Grows", "Tea: Asia; Coffee: the tropics"), 2.0),
        ("where do tea plants grow", .chart("Native Region", "Tea: Asia; Coffee: Ethiopia"), 2.0),
        ("where do tea plants grow", .chart("Flavor", "Tea: grassy; Coffee: bitter"), nil),
        ("who grades tea", .chart("Graded By", "Tea: tasters; Coffee: cuppers"), 2.0),
        ("how often is tea harvested", .chart("Harvest Frequency", "Tea: every week; Coffee: once a year"), 2.0),
        ("how often is tea harvested", .chart("Harvest Season", "Tea: spring; Coffee: autumn"), nil),
        ("is tea harvested in spring", .chart("Harvest Season", "Tea: spring; Coffee: autumn"), nil),
        ("where do tea plants grow", .difference("Tea grows where it rains."), nil),
    ])
    func theQuestionOpensAsTheQueryDoes(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(QuestionFormRule.self, query, passage), expected))
    }
}
