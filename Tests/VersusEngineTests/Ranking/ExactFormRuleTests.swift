import Testing
@testable import VersusEngine

/// `exactForm`:
/// - a passage that holds the query's words as typed gains `1 + exactForm × share` of the matched
///   weight found as typed;
/// - words matched only by stem, or no match at all, gain nothing;
/// - an example sentence that holds, as typed, a form of its article's term the article does not
///   write ("brewed" is no term; "teas" is a form of Tea) gains `inflectedTerm` more; the term as
///   written, the form in the example's sense only, or a passage of another kind does not.
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

    @Test(arguments: [
        ("teas in a sentence", Passage.example("Both teas were bitter.", sense: "A drink."), Double?.some(1.5 * 1.5)),
        ("teas in a sentence", .example("The tea was bitter.", sense: "A drink."), nil),
        ("tea in a sentence", .example("The tea was bitter.", sense: "A drink."), 1.5),
        ("teas in a sentence", .example("The tea was bitter.", sense: "Two teas."), 1.5),
        ("teas meaning", .definition("Teas: drinks."), 1.5),
        ("teas", .summary("Both teas were bitter."), 1.5),
        ("brewed tea sentence", .example("She brewed the tea.", sense: "A drink."), 1.5),
        ("smelling in a sentence", Passage(kind: .example, body: "She kept smelling smoke.", context: "To sense.", article: "smell-vs-odor"), 1.5 * 1.5),
        ("smell in a sentence", Passage(kind: .example, body: "She kept smelling smoke.", context: "To sense.", article: "smell-vs-odor"), nil),
        ("githubs in a sentence", Passage(kind: .example, body: "Two githubs.", context: "A site.", article: "git-vs-github"), 1.5 * 1.5),
    ])
    func aFormOfTheTermAsTyped(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(ExactFormRule.self, query, passage), expected))
    }
}
