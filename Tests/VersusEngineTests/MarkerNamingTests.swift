import Testing
@testable import VersusEngine

/// On a real site the words that say how to answer — intent markers, framing words, parts of
/// speech — are themselves some articles' terms ("Example vs. Sample", "Adjective vs. Noun"). While
/// another word of the query names an article, such a word names none and does not match: it only
/// sets the intent. Alone, or completing a pair that other words name, it still names its article.
@Suite struct MarkerNamingTests {
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [
            ("who-vs-whom", "Who", "Whom"), ("example-vs-sample", "Example", "Sample"),
            ("adjective-vs-noun", "Adjective", "Noun"), ("lay-vs-lie", "Lay", "Lie"),
            ("definition-vs-description", "Definition", "Description"),
        ])

    @Test(arguments: [
        ("whom in a sentence example", ["who-vs-whom"], QueryIntent.example),
        ("define lay as an adjective", ["lay-vs-lie"], .define),
        ("lie definition", ["lay-vs-lie"], .define),
        ("example vs sample", ["example-vs-sample"], .difference),
        ("adjective vs noun", ["adjective-vs-noun"], .difference),
        ("example of an adjective", ["adjective-vs-noun", "example-vs-sample"], .example),
        ("definition", ["definition-vs-description"], .define),
    ])
    func markersNameArticlesOnlyWhenNothingElseDoes(_ text: String, _ named: [String], _ intent: QueryIntent) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        #expect(query.namedArticles.keys.sorted() == named, "\(text)")
        #expect(query.intent == intent, "\(text)")
    }

    @Test(arguments: [
        ("whom in a sentence example", ["whom"]),
        // A part of speech names nothing here but still matches: a sense may read "as an adjective".
        ("define lay as an adjective", ["lay", "adjective"]),
        ("example vs sample", ["example", "sample"]),
    ])
    func markersDoNotMatchWhenTheyNameNothing(_ text: String, _ words: [String]) {
        let query = QueryAnalyzer(lexicon: Self.lexicon).analyze(text)
        #expect(query.terms.map(\.word) == words, "\(text)")
    }
}
