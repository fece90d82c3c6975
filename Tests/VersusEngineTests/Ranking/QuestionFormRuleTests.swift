import Testing
@testable import VersusEngine

/// `questionForm`:
/// - an FAQ whose question opens as the query does ("why…" and "why…") gains `sameQuestionForm`;
/// - another form, a yes/no question or a query without a form gain nothing.
@Suite struct QuestionFormRuleTests {
    @Test(arguments: [
        ("why does tea have caffeine", Passage.faq("Why does tea have caffeine?"), Double?.some(1.3)),
        ("why does tea have caffeine", .faq("Does tea have caffeine?"), nil),
        ("why does tea have caffeine", .faq("How much caffeine does tea have?"), nil),
        ("does tea have caffeine", .faq("Why does tea have caffeine?"), nil),
        ("how much caffeine in tea", .faq("How much caffeine does tea have?"), 1.3),
    ])
    func theQuestionOpensAsTheQueryDoes(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(QuestionFormRule.self, query, passage), expected))
    }
}
