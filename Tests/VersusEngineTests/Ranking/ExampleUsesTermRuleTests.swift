import Testing
@testable import VersusEngine

/// `usesTerm`:
/// - asked for an example of a named term, an example sentence without the term's word in any
///   form gets `exampleWithoutTerm`;
/// - a sentence that uses it (inflected too), a definition, or a query that asks no example
///   gets nothing.
@Suite struct ExampleUsesTermRuleTests {
    @Test(arguments: [
        ("tea in a sentence", Passage.example("She poured a cup of green tea.", sense: "A drink."), Double?.none),
        ("tea in a sentence", .example("They teaed at four.", sense: "To take tea."), nil),
        ("tea in a sentence", .example("We sat down to scones at four.", sense: "A light meal."), 0.5),
        ("tea in a sentence", .definition("A light afternoon meal."), nil),
        ("tea meaning", .example("We sat down to scones at four.", sense: "A light meal."), nil),
    ])
    func anExampleUsesTheTerm(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(ExampleUsesTermRule.self, query, passage), expected))
    }
}
