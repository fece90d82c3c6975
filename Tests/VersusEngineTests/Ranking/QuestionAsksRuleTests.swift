import Testing
@testable import VersusEngine

/// `question`:
/// - an FAQ whose question asks for a meaning, under a `define` query, or for an example, under
///   an `example` query, gains `questionAsksTheSame`;
/// - an FAQ that asks otherwise, or another kind, gains nothing.
@Suite struct QuestionAsksRuleTests {
    @Test(arguments: [
        ("meaning of tea", Passage.faq("What does tea mean?"), Double?.some(1.5)),
        ("tea in a sentence", .faq("What does tea mean?"), nil),
        ("tea in a sentence", .faq("Can you use tea in a sentence?"), 1.5),
        ("does tea have caffeine", .faq("Does tea have caffeine?"), nil),
        ("meaning of tea", .definition("A drink made by steeping leaves."), nil),
    ])
    func theFAQAsksWhatTheQueryAsks(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(QuestionAsksRule.self, query, passage), expected))
    }
}
