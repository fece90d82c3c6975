import Foundation
import Testing
@testable import VersusEngine

/// Search over the bundled corpus: any input is safe, natural questions find their passage,
/// filters and paging behave, and output is escaped.
@Suite struct SearchTests {
    var index: ArticleIndex { TestSupport.corpusIndex }

    static let hostileQueries: [String] = [
        "\"", "\"\"\"", "unbalanced \"quote", "AND", "OR", "NOT", "NEAR", "NEAR(a b, 2)", "a AND", "OR b",
        "col:value", "heading:email", "body:*", "*", "^", "-", "--", "a-b", "it's", "C++", "C#", "(", ")", "((a)",
        "{a b}", "a:b:c", "+-*/", "\u{0}", "a\u{0}b", "🎉", "🎉 email", "   ", "", "\t\n", "'; DROP TABLE article; --",
        "%", "_", "\\", "日本語", "Ünïcödé", String(repeating: "a", count: 10_000),
        String(repeating: "email ", count: 2_000), String(repeating: "\"", count: 10_000),
    ]

    @Test(arguments: hostileQueries)
    func anyInputIsSafe(_ query: String) throws {
        let response = try index.search(SearchRequest(query: query))
        #expect(response.hits.count <= 10)
        #expect(response.query == query)
    }

    @Test(arguments: [
        ("Is email asynchronous?", "synchronous-vs-asynchronous", PassageKind.faq),
        ("can I use baking soda instead of baking powder", "baking-soda-vs-baking-powder", .faq),
        ("do online games run over udp", "tcp-vs-udp", .faq),
        ("does a cold give you a fever", "cold-vs-flu", .faq),
    ])
    func questionsFindTheirAnswer(_ question: String, _ slug: String, _ kind: PassageKind) throws {
        let hit = try #require(try index.search(SearchRequest(query: question)).hits.first)
        #expect(hit.article == slug)
        #expect(hit.kind == kind)
    }

    @Test func missingWordsDoNotSinkAQuestion() throws {
        // An implicit AND of every word would find nothing: no passage has "zebra".
        let response = try index.search(SearchRequest(query: "is email asynchronous zebra"))
        #expect(response.hits.first?.article == "synchronous-vs-asynchronous")
    }

    @Test func passagesWithMoreQueryWordsRankHigher() throws {
        let hits = try index.search(SearchRequest(query: "email asynchronous", limit: 20)).hits
        let first = try #require(hits.first)
        let both = [first.heading ?? "", first.text, first.title].joined(separator: " ").lowercased()
        #expect(both.contains("email") && both.contains("asynchronous"))
    }

    @Test func stemmingMatchesOtherForms() throws {
        let hits = try index.search(SearchRequest(query: "synchronizing clocks", limit: 5)).hits
        #expect(!hits.isEmpty)
    }

    @Test func kindAndArticleFilters() throws {
        let faqs = try index.search(SearchRequest(query: "caffeine baking", limit: 50, kinds: [.definition, .example]))
        #expect(faqs.hits.allSatisfy { $0.kind == .definition || $0.kind == .example })
        let one = try index.search(SearchRequest(query: "time", limit: 50, article: "synchronous-vs-asynchronous"))
        #expect(!one.hits.isEmpty)
        #expect(one.hits.allSatisfy { $0.article == "synchronous-vs-asynchronous" })
        let unfiltered = try index.search(SearchRequest(query: "time", limit: 50))
        #expect(one.estimatedTotalHits < unfiltered.estimatedTotalHits)
        #expect(try index.search(SearchRequest(query: "time", article: "no-such-article")).hits.isEmpty)
    }

    @Test func pagesDoNotOverlap() throws {
        let all = try index.search(SearchRequest(query: "difference between", limit: 20)).hits
        let first = try index.search(SearchRequest(query: "difference between", limit: 10)).hits
        let second = try index.search(SearchRequest(query: "difference between", limit: 10, offset: 10)).hits
        #expect(first + second == all)
    }

    @Test(arguments: [(0, 0), (101, 0), (-1, 0), (10, -1), (10, 1_001)])
    func badNumbersAreUserErrors(_ limit: Int, _ offset: Int) {
        #expect {
            try index.search(SearchRequest(query: "tea", limit: limit, offset: offset))
        } throws: { error in
            if case .invalidParameter = error as? VersusError { return true }
            return false
        }
    }

    /// Ids are bound to `json_each` as one JSON array.
    @Test(arguments: [([], "[]"), ([7], "[7]"), ([1, 20, 300], "[1,20,300]"), ([-5, Int64.max], "[-5,9223372036854775807]")] as [([Int64], String)])
    func idsAreBoundAsAJSONArray(_ ids: [Int64], _ json: String) {
        #expect(IndexReader.jsonArray(ids) == json)
    }

    @Test func snippetsMarkMatchesAndEscapeHTML() {
        let snippet = Snippet(marked: "a <b> \(Snippet.open)email\(Snippet.close) & more")
        #expect(snippet.matches == ["email"])
        #expect(snippet.html == "a &lt;b&gt; <mark>email</mark> &amp; more")
        #expect(snippet.plainText == "a <b> email & more")
    }

    @Test func askGivesOneAnswerAndGroupsTheRest() throws {
        let response = try index.ask("Is email asynchronous?")
        #expect(response.answer?.kind == .faq)
        #expect(response.article?.slug == "synchronous-vs-asynchronous")
        #expect(response.article?.terms == ["Synchronous", "Asynchronous"])
        let slugs = response.alternatives.map(\.article)
        #expect(Set(slugs).count == slugs.count)
        for group in response.alternatives {
            #expect(!group.hits.isEmpty && group.hits.allSatisfy { $0.article == group.article })
        }
    }

    @Test func showReturnsTheArticleInOrder() throws {
        let stored = try index.article(slug: "affect-vs-effect")
        let data = try #require(FileManager.default.contents(atPath: TestSupport.corpus + "/affect-vs-effect.txt"))
        let parsed = try ArticleParser().parse(data, slug: "affect-vs-effect", file: "affect-vs-effect.txt")
        #expect(stored.terms == ["Affect", "Effect"])
        #expect(stored.summary == parsed.summary)
        #expect(stored.author == parsed.byline.author)
        #expect(stored.passages.map(\.kind) == parsed.passages.map(\.kind))
        #expect(stored.passages.map(\.text) == parsed.passages.map(\.text))
        #expect(stored.passages.map(\.heading) == parsed.passages.map(\.heading))
        #expect(throws: VersusError.articleNotFound("nope")) { try index.article(slug: "nope") }
    }

    @Test func statsCountEverything() throws {
        let stats = try index.stats()
        #expect(stats.articles >= 40)
        #expect(stats.passages == stats.passagesByKind.values.reduce(0, +))
        #expect(stats.passagesByKind["faq"]! >= 400)
        #expect(stats.tokenizer == "porter unicode61 remove_diacritics 2")
        #expect(stats.indexSizeBytes > 0)
    }

    @Test func hitJSONHasAStableShape() throws {
        let hit = try #require(try index.search(SearchRequest(query: "tcp", limit: 1)).hits.first)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(hit)) as? [String: Any])
        #expect(Set(object.keys) == ["article", "title", "kind", "term", "heading", "text", "sense", "snippet", "score", "corrected"])
    }
}

/// Articles named alike by a word too frequent for step 1 are searched in the order the rest of
/// the query fits them: a probe finds which hold its other words at all.
@Suite struct NamedArticleProbeTests {
    @Test(arguments: [true, false])
    func theArticleHoldingTheRestOfTheQueryIsSearched(probing: Bool) throws {
        let folder = try TestSupport.temporaryFolder()
        for other in ["Apricot", "Banana", "Cherry"] {
            try TestSupport.write(
                faqArticle("Butter", other, faq: ("Is butter sweet?", "Butter is not sweet.")),
                to: folder + "/corpus/butter-vs-\(other.lowercased()).txt")
        }
        try TestSupport.write(
            faqArticle("Butter", "Margarine", faq: ("What gives butter its yellow color?", "Beta-carotene makes butter yellow.")),
            to: folder + "/corpus/butter-vs-margarine.txt")
        var weights = RankingWeights.default
        weights.retrieval.enumerationBudget = 0  // as for words too frequent to list
        weights.retrieval.namedArticlesSearched = 1
        weights.retrieval.namedArticlesProbed = probing ? 12 : 0
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true, weights: weights)
        _ = try index.update(from: [folder + "/corpus"])
        let hit = try index.search(SearchRequest(query: "how come butter is yellow")).hits.first
        #expect((hit?.article == "butter-vs-margarine") == probing)
    }
}

/// Step 1b: when a word is too frequent to list, the passages that hold it beside a listed word
/// score above those that hold the listed word alone, so they compete though they come late.
@Suite struct FrequentBesideListedTests {
    @Test(arguments: [true, false])
    func aPassageWithAFrequentWordBesideAListedOneCompetes(lookingBeside: Bool) throws {
        let folder = try TestSupport.temporaryFolder()
        // "ice" alone in three articles that come first; "muscle" alone in four.
        for (index, name) in ["Alder", "Birch", "Cedar"].enumerated() {
            try TestSupport.write(
                faqArticle(name, "Stone\(index)", faq: ("Is ice cold?", "Ice is cold to the touch.")),
                to: folder + "/corpus/a\(index)-\(name.lowercased()).txt")
        }
        for (index, name) in ["Maple", "Oak", "Pine", "Rowan"].enumerated() {
            try TestSupport.write(
                faqArticle(name, "Sand\(index)", faq: ("What is a muscle?", "A muscle is tissue that moves the body.")),
                to: folder + "/corpus/b\(index)-\(name.lowercased()).txt")
        }
        // Both, last in rowid order.
        try TestSupport.write(
            faqArticle("Yew", "Zinc", faq: ("Should I put ice on a sore muscle?", "Ice on a sore muscle eases the swelling.")),
            to: folder + "/corpus/z-yew.txt")
        var weights = RankingWeights.default
        weights.retrieval.enumerationBudget = 4  // lists "ice" (4 passages), not "muscle" (5)
        weights.retrieval.candidates = 1
        weights.retrieval.besideFrequentCeiling = lookingBeside ? 40_000 : 0
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true, weights: weights)
        _ = try index.update(from: [folder + "/corpus"])
        let hit = try index.search(SearchRequest(query: "ice for an aching muscle", limit: 1)).hits.first
        #expect((hit?.article == "z-yew") == lookingBeside)
    }
}

/// An article of one FAQ, with a summary and one difference, for the candidate tests above.
private func faqArticle(_ a: String, _ b: String, faq: (String, String)) -> String {
    var builder = ArticleBuilder()
    builder.title = "\(a) vs. \(b): What's the Difference?"
    builder.summary = "\(a) is one thing; \(b) is another."
    builder.differences = ["\(a) and \(b) differ."]
    builder.chart = nil
    builder.senses = nil
    builder.faqs = [faq]
    return builder.text
}

/// ``PassageMatcher`` finds a query word in a passage as FTS5 would, also where Porter turns the
/// word's second letter from "y" into "i" ("eyed" stems as "ei"), which its two-letter prefilter
/// once missed: "eagle eyed meaning" never matched "eagle-eyed".
@Suite struct PassageMatcherTests {
    @Test(arguments: [
        ("eagle eyed", "What does eagle-eyed mean?", ["eagle", "eyed"]),
        ("eagle eyed", "An eagle has keen eyes.", ["eagle"]),
        ("dyed wool", "The wool was dyed blue.", ["wool", "dyed"]),
    ])
    func aWordMatchesWhateverItsStemStartsWith(_ query: String, _ text: String, _ matched: [String]) {
        let analyzed = QueryAnalyzer(lexicon: RuleFixtures.lexicon).analyze(query)
        let words = WordTokenizer.words(in: text)
        let found = PassageMatcher(query: analyzed).matches(in: text).map { words[$0.position] }
        #expect(found == matched)
    }
}
