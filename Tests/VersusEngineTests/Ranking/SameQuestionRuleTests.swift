import Testing
@testable import VersusEngine

/// `sameQuestion`:
/// - under a question, an FAQ whose question holds the query's words gains by the share held
///   there (×2 for all), and a chart row whose label holds them alike;
/// - words only in the answer count nothing here;
/// - in an article the query names, a chart row's label holds the article's terms too (a label
///   never names them, a question does);
/// - not for keywords, nor for other passage kinds.
@Suite struct SameQuestionRuleTests {
    @Test(arguments: [
        ("does tea have caffeine", Passage.faq("Does tea have caffeine?"), Double?.some(2)),
        ("does tea have caffeine", .faq("Is tea a drink?", "Tea has caffeine."), 1.5),
        ("does tea have caffeine", .faq("Is coffee a bean?", "Tea has caffeine."), nil),
        ("does coffee have more caffeine", .chart("Caffeine per cup", "About 80 mg"), 2),
        ("which has more caffeine tea or coffee", .chart("Caffeine per cup", "About 80 mg"), 2),
        ("is tea healthier than coffee", .faq("Is tea or coffee better at breakfast?"), 1 + 2.0 / 3),
        ("is tea healthier than coffee", .chart("Health benefits", "Antioxidants"), 1 + 2.0 / 3),
        ("is git healthier than github", .chart("Health benefits", "Antioxidants"), nil),
        ("tea caffeine", .faq("Does tea have caffeine?"), nil),
        ("does tea have caffeine", .definition("Tea, a drink with caffeine."), nil),
    ])
    func theQuestionHoldsTheQuerysWords(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(SameQuestionRule.self, query, passage), expected))
    }
}
