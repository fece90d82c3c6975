import Testing
@testable import VersusEngine

/// `phrase`:
/// - a passage whose text holds two consecutive query words as the query wrote them gains
///   `1 + heldPhrase × share` of the query's phrases (`heldPhraseInQuestion` under a question);
/// - the same words apart, in the other order, or in different texts gain nothing.
@Suite struct PhraseRuleTests {
    @Test(arguments: [
        ("mixed content", Passage.faq("What is mixed content?"), Double?.some(2.0)),
        ("mixed content", .faq("Is the content mixed?"), nil),
        ("mixed content", .faq("Mixed feelings", "content with it"), nil),
        ("mixed content", Passage(kind: .difference, body: "A page that loads mixed content over HTTP"), 2.0),
        ("statute of limitations", .faq("What is the statute of limitations?"), 2.0),
        ("statute of limitations", .faq("Which limitations does the statute set?"), nil),
        // A question's neighbouring words count for less.
        // Four phrases: "does mixed", "mixed content", "content slow", "slow a page".
        ("does mixed content slow a page", .faq("Can mixed content break a page?"), 1 + 0.5 / 4),
    ])
    func heldPhrasesCount(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(PhraseRule.self, query, passage), expected))
    }

    /// Which neighbouring terms form phrases: adjacent, or apart by "of", "the", "a" or "an";
    /// never an article, a word that says how to answer, or the word being typed. A stop word
    /// kept as evidence forms phrases with its neighbours ("speed and"), but for those small words.
    @Test(arguments: [
        ("mixed content", false, [["mixed", "content"]]),
        ("three way handshake", false, [["three", "way"], ["way", "handshake"]]),
        ("statute of limitations", false, [["statute", "of", "limitations"]]),
        ("speed and velocity", false, [["speed", "and"], ["and", "velocity"]]),
        ("tea vs coffee", false, []),
        ("saving as a preposition meaning", false, [["saving", "as"], ["as", "a", "preposition"]]),
        ("computer virus definition", false, [["computer", "virus"]]),
        ("mixed cont", true, []),
    ])
    func queryPhrases(_ text: String, _ prefix: Bool, _ phrases: [[String]]) {
        let query = QueryAnalyzer(lexicon: RuleFixtures.lexicon).analyze(text, prefix: prefix)
        #expect(query.phrases.map(\.words) == phrases, "\(text)")
        for phrase in query.phrases {
            #expect(query.terms[phrase.first].word == phrase.words.first && query.terms[phrase.second].word == phrase.words.last)
        }
    }

    /// The FTS5 query that brings a phrase's passages: the phrase itself, or with a small word
    /// between its terms, the two terms that far apart (the small word's doclist is never read).
    @Test(arguments: [
        (["mixed", "content"], #""mixed content""#), (["statute", "of", "limitations"], #"NEAR("statute" "limitations", 1)"#),
    ])
    func phraseQueries(_ words: [String], _ expected: String) {
        #expect(QueryPhrase(words: words, first: 0, second: 1).matchExpression == expected)
    }

    /// FTS5 runs the query of a phrase with a small word inside, and it lists the passages that
    /// hold the phrase, among them the word for word ones.
    @Test func aPhraseWithASmallWordListsItsPassages() throws {
        let index = TestSupport.corpusIndex
        let phrase = try #require(try index.analyze("cost of goods").phrases.first)
        let (listed, wordForWord) = try index.store.read { reader in
            let filter = try SearchFilter(request: SearchRequest(query: ""), reader: reader)
            return (
                try reader.rowids(matching: phrase.matchExpression, filter: filter),
                try reader.rowids(matching: #""cost of goods""#, filter: filter)
            )
        }
        #expect(!wordForWord.isEmpty)
        #expect(Set(wordForWord).isSubset(of: Set(listed)))
    }
}
