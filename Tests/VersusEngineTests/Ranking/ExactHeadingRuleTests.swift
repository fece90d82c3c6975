import Testing
@testable import VersusEngine

/// `exactHeading`:
/// - an FAQ's question or a chart row's label that holds every query word and no other word
///   (stop words, intent markers and framing words aside) gets the factor;
/// - a heading that names something more, or misses a query word, does not;
/// - nor any heading in a request for a meaning or an example, nor other kinds of passage.
@Suite struct ExactHeadingRuleTests {
    @Test(arguments: [
        ("counterpoint", Passage.faq("What is counterpoint?"), 1.5),
        ("counterpoint", .faq("What does inversion mean in counterpoint?"), nil),
        ("crossing over", .chart("Crossing over", "Occurs"), 1.5),
        ("is tea caffeinated", .faq("Is tea caffeinated?"), 1.5),
        ("is tea caffeinated", .faq("Is tea caffeinated or decaf?"), nil),
        ("tea caffeine", .faq("Caffeine?"), nil),
        ("counterpoint meaning", .faq("What is counterpoint?"), nil),
        ("counterpoint", .summary("Counterpoint."), nil),
    ] as [(String, Passage, Double?)])
    func theHeadingIsTheQuery(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(ExactHeadingRule.self, query, passage), expected))
    }
}
