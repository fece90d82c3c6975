import Testing
@testable import VersusEngine

/// `wordQuestion`:
/// - an FAQ that asks about a word as a dictionary lists it (its meanings, its part of speech,
///   another word for it, its opposite) gets `wordQuestionUnasked` under a query that asks nothing
///   about words, and so does an FAQ asking how a word is used in a sentence, unless the query
///   asks for an example;
/// - under a query that asks about words too (as typed or as corrected), an FAQ that asks anything
///   else (how a word is said or spelled included), or another kind: nothing; a query asks about
///   words through a corrected word too.
@Suite struct WordQuestionRuleTests {
    @Test(arguments: [
        ("how many cups of tea a day", Passage.faq("How many meanings does tea have?"), Double?.some(0.5)),
        ("is tea good for you", .faq("Can tea be used as a verb?"), 0.5),
        ("is tea good for you", .faq("What is another word for tea?"), 0.5),
        ("is tea good for you", .faq("What is the opposite of tea?"), 0.5),
        ("tea as a verb", .faq("Can tea be used as a verb?"), nil),
        ("another word for tea", .faq("What is another word for tea?"), nil),
        ("synonym for tea", .faq("What is another word for tea?"), nil),
        ("tea nuon or verb", .faq("Can tea be used as a verb?"), nil),
        ("how do you say tea", .faq("How do you pronounce tea?"), nil),
        ("is tea related to chai", .faq("Is the word tea related to chai?"), nil),
        ("is tea good for you", .faq("Is tea good for you?"), nil),
        ("is tea good for you", .definition("A drink made by steeping leaves; used as a noun."), nil),
        // How a word is used in a sentence is a question about the word, unless that is asked.
        ("how is tea brewed", .faq("How is tea used in a sentence?"), 0.5),
        ("tea in a sentence", .faq("How is tea used in a sentence?"), nil),
    ])
    func aWordQuestionAnswersOnlyAQueryAboutWords(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(WordQuestionRule.self, query, passage), expected), "\(query)")
    }

    @Test func aCorrectedWordAsksToo() {
        let lexicon = Lexicon(
            generation: 0, wordFrequency: ["synonym": 4, "tea": 4, "two": 4], articles: [("tea-vs-coffee", "Tea", "Coffee")])
        let corrected = QueryAnalyzer(lexicon: lexicon).analyze("synonim for tea")
        #expect(corrected.terms.map(\.word).contains("synonym"))
        #expect(RankingQuery(corrected).asksAboutWords)
        #expect(!RankingQuery(QueryAnalyzer(lexicon: lexicon).analyze("tea for two")).asksAboutWords)
    }
}
