import Testing
@testable import VersusEngine

/// `wordOrder`:
/// - under a question, an FAQ whose question holds consecutive query words only in the other
///   order is divided by `1 + questionWordOrder × share` of the pairs reversed;
/// - the same order, keywords, another passage kind, or a pair the query joins with "or", "and"
///   or "vs" lose nothing.
@Suite struct WordOrderRuleTests {
    @Test(arguments: [
        ("can i use git without github", Passage.faq("Can I use Git without GitHub?", article: "git-vs-github"), Double?.none),
        ("can i use git without github", .faq("Can I use GitHub without Git?", article: "git-vs-github"), 1 / 1.3),
        ("can i use git without github", .faq("Without GitHub, is Git enough?", article: "git-vs-github"), 1 / 1.15),
        ("can i use git without github", Passage(kind: .chart, heading: "GitHub without Git", article: "git-vs-github"), nil),
        ("does tea have caffeine", .faq("Does caffeine come with tea?"), 1 / 1.3),
        ("tea caffeine", .faq("Does caffeine come with tea?"), nil),
        ("does coffee or tea have more caffeine", Passage.faq("Does tea or coffee have more caffeine?"), Double?.none),
        ("is coffee and tea a diuretic", .faq("Are tea and coffee diuretics?"), nil),
        ("does coffee beat tea for caffeine", .faq("Does tea beat coffee for caffeine?"), 1.0 / 1.2),
    ])
    func reversedPairsCountAgainst(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(WordOrderRule.self, query, passage), expected))
    }

    /// Among FAQs, word order tells "Git without GitHub" from "GitHub without Git".
    @Test(arguments: [
        (["git", "github"], ["git", "github"], 0), (["git", "github"], ["github", "git"], 1),
        (["git", "github"], ["github", "git", "github"], 0), (["tornado", "name", "hurrican"], ["hurrican", "name"], 1),
        (["git", "github"], ["git"], 0),
    ])
    func reversedWordPairs(_ query: [String], _ heading: [String], _ reversed: Int) {
        let analyzed = AnalyzedQuery(text: query.joined(separator: " "), terms: query.map { QueryTerm(word: $0) })
        let vocabulary = QueryVocabulary(analyzed)
        let terms = analyzed.terms.indices.map { TermForms($0, of: analyzed, vocabulary: vocabulary) }
        let sequence = heading.compactMap { vocabulary.number(of: PorterStemmer.stem($0)) }
        #expect(WordOrderRule.reversedPairs(of: terms, in: sequence) == reversed)
    }
}
