import Testing
@testable import VersusEngine

/// `senseOrder`:
/// - a definition or example of a later sense is divided by `1 + laterSense × rank`;
/// - the first sense, and passages of no sense, are left alone.
@Suite struct SenseOrderRuleTests {
    @Test(arguments: [
        (Passage.definition("A drink.", rank: 0), Double?.none),
        (.definition("A light meal.", rank: 1), 1 / 1.3),
        (.definition("A color.", rank: 3), 1 / 1.9),
        (.example("They served scones at tea.", sense: "A light meal.", rank: 2), 1 / 1.6),
        (.faq("Does tea have caffeine?"), nil),
    ])
    func laterSensesCountLess(_ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(SenseOrderRule.self, "meaning of tea", passage), expected))
    }
}
