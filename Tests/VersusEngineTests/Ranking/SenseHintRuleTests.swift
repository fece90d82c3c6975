import Testing
@testable import VersusEngine

/// `senseHint`, with a small related-words table of its own:
/// - a definition or example whose sense holds a word related to a qualifying query word gains
///   `senseHint` for each such word;
/// - a sense that holds the qualifying word itself, or no related word, gains nothing;
/// - a word of the query itself or of the article's terms is no hint ("tea" related to "register"
///   is in every sense of Tea).
@Suite struct SenseHintRuleTests {
    static let related = RelatedWords(text: "angry\tanger enrag\nregister\ttea record\n")

    static func query(_ text: String) -> AnalyzedQuery {
        var analyzer = QueryAnalyzer(lexicon: RuleFixtures.lexicon)
        analyzer.relatedWords = related
        return analyzer.analyze(text)
    }

    @Test(arguments: [
        ("tea meaning angry", Passage.definition("To be filled with anger."), Double?.some(2)),
        ("tea meaning angry", .definition("A drink of dried leaves."), nil),
        ("tea meaning angry", .definition("An angry drink."), nil),
        ("tea in a sentence angry", .example("She stewed.", sense: "To be filled with anger."), 2),
        ("tea sentence register", .example("Tea was served.", sense: "A drink of tea leaves."), nil),
        ("tea sentence register", .example("Tea was served.", sense: "A record of teas kept."), 2),
        ("tea angry", .summary("Tea is filled with anger."), nil),
    ])
    func aRelatedWordInTheSense(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(SenseHintRule.self, Self.query(query), passage), expected))
    }
}
