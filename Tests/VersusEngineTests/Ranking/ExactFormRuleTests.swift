import Testing
@testable import VersusEngine

/// `exactForm`:
/// - a passage that holds the query's words as typed gains `1 + exactForm × share` of the matched
///   weight found as typed;
/// - words matched only by stem, or no match at all, gain nothing.
@Suite struct ExactFormRuleTests {
    @Test(arguments: [
        ("netted", Passage.summary("The ball netted twice."), Double?.some(1.5)),
        ("netted", .summary("Two nets."), nil),
        ("tea brewing", .summary("Tea is brewed."), 1.25),
        ("tea brewing", .summary("Coffee only."), nil),
    ])
    func wordsAsTyped(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(ExactFormRule.self, query, passage), expected))
    }
}
