import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// The WordNet corpus: pairs come from WordNet's relations and are unique, every article
/// parses with the sections of the format (a chart, every sense of both terms with examples,
/// FAQs), and the same seed always writes the same bytes. On the invented fixture database
/// always; on the installed WordNet (Debian's wordnet-base, which `.ci/run` installs) when it
/// is there.
@Suite struct WordNetCorpusTests {
    static func fixtureCorpus(seed: UInt64 = 1) throws -> WordNetCorpus {
        WordNetCorpus(wordNet: try WordNetTests.database(), seed: seed)
    }

    @Test(arguments: [
        ("brisky", "sluggy", "antonyms"), ("brisky", "zippish", "similar"), ("quavel", "bongle", "synonyms"),
        ("plink", "quavel", "sisters"),
        // One name inside the other, and neither with another sense: not a comparison.
        ("brindle horn", "brindle", nil),
    ])
    func pairsComeFromWordNetsRelations(_ x: String, _ y: String, _ relation: String?) throws {
        let corpus = try Self.fixtureCorpus()
        let pairs = (0..<corpus.count).map(corpus.pair)
        let pair = pairs.first { Set([$0.a.lemma, $0.b.lemma]) == [x, y] }
        #expect(pair.map { "\($0.relation)".components(separatedBy: "(")[0] } == relation)
    }

    @Test func pairsAreUniqueEitherWayRound() throws {
        let corpus = try Self.fixtureCorpus()
        let pairs = (0..<corpus.count).map(corpus.pair)
        #expect(pairs.count >= 6)
        #expect(Set(pairs.map(\.slug)).count == pairs.count)
        #expect(Set(pairs.map(\.unorderedKey)).count == pairs.count)
        #expect(pairs.allSatisfy { $0.a.key != $0.b.key })
        // Sister nouns under the invented "glimmet" are among them.
        #expect(pairs.contains { if case .sisters = $0.relation { $0.a.synset.partOfSpeech == .noun } else { false } })
    }

    @Test func everyFixtureArticleParsesWithItsSections() throws {
        let corpus = try Self.fixtureCorpus()
        for number in 0..<corpus.count {
            try ArticleShape.check(corpus, number)
        }
    }

    /// "quavel" has three senses (two nouns, a verb) and "plink" one: all four are listed, in
    /// WordNet's order, and plink's empty turns hold a dash.
    @Test func definitionsListEverySenseAlternating() throws {
        let corpus = try Self.fixtureCorpus()
        let number = try #require((0..<corpus.count).first { Set([corpus.pair($0).a.lemma, corpus.pair($0).b.lemma]) == ["quavel", "plink"] })
        let article = try ArticleParser().parse(text: corpus.article(number), slug: corpus.slug(of: number))
        let quavel = article.senses.filter { $0.term == (article.termA == "Quavel" ? .a : .b) }.map(\.definition)
        let plink = article.senses.filter { $0.term == (article.termA == "Plink" ? .a : .b) }.map(\.definition)
        #expect(quavel == ["To play a quavel loudly.", "A large glimmet played with a felt mallet.", "A dull ache in the knee after long walks."])
        #expect(plink == ["To make a short bright sound.", "—", "—"])
        #expect(article.senses.first { $0.definition == "To play a quavel loudly." }?.example == "They quavelled all night.")
    }

    @Test func sameSeedSameBytes() throws {
        let first = try Self.fixtureCorpus()
        let second = try Self.fixtureCorpus()
        for number in 0..<first.count { #expect(first.article(number) == second.article(number)) }
        let other = try Self.fixtureCorpus(seed: 2)
        #expect((0..<first.count).contains { first.article($0) != other.article($0) || first.slug(of: $0) != other.slug(of: $0) })
    }

    @Test func writesSubfoldersTheLicenceAndIndexableFiles() throws {
        let corpus = try Self.fixtureCorpus()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = try corpus.write(articles: corpus.count, to: folder + "/a", perFolder: 3)
        _ = try corpus.write(articles: corpus.count, to: folder + "/b", perFolder: 1_000)
        #expect(bytes > 1_000)
        let licence = try String(contentsOfFile: folder + "/a/" + WordNetCorpus.licenceFile, encoding: .utf8)
        #expect(licence.contains("Not WordNet data"))
        // Any grouping writes the same bytes for the same article.
        let slug = corpus.slug(of: corpus.count - 1)
        let last = String(format: "%04d", (corpus.count - 1) / 3)
        #expect(FileManager.default.contents(atPath: "\(folder)/a/\(last)/\(slug).txt") == FileManager.default.contents(atPath: "\(folder)/b/0000/\(slug).txt"))
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        let report = try index.update(from: [folder + "/a"])
        #expect(report.added == corpus.count)
        #expect(report.failed == 0)
    }

    @Test func askingForMoreThanTheRelationsYieldReusesTerms() throws {
        let wordNet = try WordNetTests.database()
        let corpus = WordNetCorpus(wordNet: wordNet, seed: 1, articles: 30)
        #expect(corpus.relatedPairCount < 30)
        #expect(corpus.count > corpus.relatedPairCount)
        let slugs = (0..<corpus.count).map(corpus.slug(of:))
        #expect(Set(slugs).count == slugs.count)
        for number in corpus.relatedPairCount..<corpus.count {
            #expect(corpus.pair(number).relation == .sameField)
            try ArticleShape.check(corpus, number)
        }
    }
}

/// The installed WordNet: the scale the benchmarks need, and articles that parse.
@Suite(.enabled(if: InstalledWordNet.isInstalled, "needs WordNet in /usr/share/wordnet (apt-get install wordnet-base)"))
struct InstalledWordNetCorpusTests {
    @Test func yieldsMoreThanAHundredThousandUniquePairs() throws {
        let corpus = try InstalledWordNet.corpus()
        #expect(corpus.relatedPairCount >= 100_000)
        let slugs = (0..<corpus.count).map(corpus.slug(of:))
        #expect(Set(slugs).count == slugs.count)
    }

    /// As on a real comparison site, common words are terms, and frequent ones of several articles.
    @Test func commonWordsAreTermsOfSeveralArticles() throws {
        let corpus = try InstalledWordNet.corpus()
        var articles: [String: Int] = [:]
        for number in 0..<min(100_000, corpus.count) {
            let pair = corpus.pair(number)
            articles[pair.a.key, default: 0] += 1
            articles[pair.b.key, default: 0] += 1
        }
        let common = ["effect", "affect", "less", "lie", "lay", "sound", "light", "water", "music", "law", "market", "noise"]
        let covered = common.filter { articles[$0, default: 0] > 0 }
        #expect(covered.count >= common.count - 2, "not terms: \(Set(common).subtracting(covered))")
        #expect(articles["effect", default: 0] >= 2)
        #expect(articles.keys.count >= 80_000)
        #expect(articles.keys.contains { $0.contains(" ") })
    }

    @Test func articleNumbersDoNotDependOnTheCorpusSize() throws {
        let wordNet = try InstalledWordNet.wordNet()
        let small = WordNetCorpus(wordNet: wordNet, seed: 1, articles: 10)
        let large = try InstalledWordNet.corpus()
        for number in [0, 7, 9] { #expect(small.article(number) == large.article(number)) }
        #expect(WordNetCorpus(wordNet: wordNet, seed: 2).slug(of: 0) != large.slug(of: 0) || WordNetCorpus(wordNet: wordNet, seed: 2).article(0) != large.article(0))
    }

    @Test(arguments: [0, 1, 17, 999, 12_345, 54_321, 99_999])
    func articlesParseWithTheFormatsSections(_ number: Int) throws {
        try ArticleShape.check(try InstalledWordNet.corpus(), number)
    }
}

/// The installed WordNet database and its seed-1 corpus, read once per test process.
enum InstalledWordNet {
    static let isInstalled = FileManager.default.fileExists(atPath: WordNet.defaultDirectory + "/data.noun")

    private static let loaded: Result<(WordNet, WordNetCorpus), any Error> = Result {
        let wordNet = try WordNet()
        return (wordNet, WordNetCorpus(wordNet: wordNet, seed: 1))
    }

    static func wordNet() throws -> WordNet { try loaded.get().0 }
    static func corpus() throws -> WordNetCorpus { try loaded.get().1 }
}

/// What every generated article must look like once parsed.
enum ArticleShape {
    static func check(_ corpus: WordNetCorpus, _ number: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pair = corpus.pair(number)
        let text = corpus.article(number)
        let article = try ArticleParser().parse(text: text, slug: corpus.slug(of: number))
        let name = "\(number) \(corpus.slug(of: number))"
        #expect(article.termA == pair.a.titled && article.termB == pair.b.titled, "\(name)", sourceLocation: sourceLocation)
        #expect(article.title == "\(pair.a.titled) vs. \(pair.b.titled): What's the Difference?", sourceLocation: sourceLocation)
        #expect(article.byline.author != nil && article.byline.published != nil, "\(name)", sourceLocation: sourceLocation)
        #expect(!article.summary.isEmpty && !article.summary.hasSuffix("?"), "\(name)", sourceLocation: sourceLocation)
        #expect((3...5).contains(article.differences.count), "\(name)", sourceLocation: sourceLocation)
        #expect(article.chart.count >= 3 && article.chart.allSatisfy { $0.label != nil }, "\(name)", sourceLocation: sourceLocation)
        // Every sense of both terms, alternating: twice the larger count of senses.
        let a = TermFacts(term: pair.a, wordNet: corpus.wordNet)
        let b = TermFacts(term: pair.b, wordNet: corpus.wordNet)
        #expect(article.senses.count == 2 * max(a.senses.count, b.senses.count), "\(name)", sourceLocation: sourceLocation)
        let definitionsOfA = article.senses.filter { $0.term == .a && $0.definition != WordNetArticle.noFurtherSense }
        #expect(definitionsOfA.map(\.definition) == a.senses.map(Prose.definition), "\(name)", sourceLocation: sourceLocation)
        let withExamples = (a.senses + b.senses).filter { !$0.examples.isEmpty }.count
        #expect(article.senses.filter { $0.example != nil }.count == withExamples, "\(name)", sourceLocation: sourceLocation)
        #expect(!article.faqs.isEmpty, "\(name)", sourceLocation: sourceLocation)
        #expect(article.faqs.allSatisfy { $0.question.hasSuffix("?") && !$0.answer.hasSuffix("?") }, "\(name)", sourceLocation: sourceLocation)
        // Every question written after the definitions is an FAQ of the parsed article.
        let afterDefinitions = try #require(text.components(separatedBy: " Definitions\n").last)
        #expect(article.faqs.count == afterDefinitions.components(separatedBy: "?\n\n").count - 1, "\(name)", sourceLocation: sourceLocation)
    }
}
