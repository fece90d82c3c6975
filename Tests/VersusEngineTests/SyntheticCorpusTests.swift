import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// The synthetic corpus is deterministic, parses as articles of the bundled corpus's shape, and
/// gives every article its own pair of terms.
@Suite struct SyntheticCorpusTests {
    @Test func sameSeedSameArticles() {
        #expect(SyntheticCorpus(seed: 3).article(42) == SyntheticCorpus(seed: 3).article(42))
        #expect(SyntheticCorpus(seed: 3).article(42) != SyntheticCorpus(seed: 4).article(42))
    }

    @Test func articlesParseWithTheCorpusShape() throws {
        let corpus = SyntheticCorpus(seed: 1)
        for number in [0, 1, 17, 999, 123_456] {
            let article = try ArticleParser().parse(text: corpus.article(number), slug: corpus.slug(of: number))
            #expect(article.termA == corpus.terms(of: number).a)
            #expect((3...6).contains(article.differences.count))
            #expect((3...5).contains(article.chart.count))
            #expect((10...16).contains(article.senses.count))
            #expect((10...25).contains(article.faqs.count))
            #expect(article.faqs.allSatisfy { $0.question.hasSuffix("?") })
        }
    }

    @Test func termPairsAreUnique() {
        let corpus = SyntheticCorpus(seed: 1)
        let slugs = (0..<20_000).map(corpus.slug(of:))
        #expect(Set(slugs).count == slugs.count)
    }

    @Test func vocabularyIsLargeAndZipfian() {
        let corpus = SyntheticCorpus(seed: 1)
        #expect(Set(corpus.vocabulary).count >= 50_000)
        var rng = SplitMix64(seed: 9)
        var counts: [String: Int] = [:]
        for _ in 0..<100_000 { counts[corpus.word(&rng), default: 0] += 1 }
        let ranked = counts.values.sorted(by: >)
        // Under Zipf, the most frequent word is about twice as frequent as the second.
        #expect(Double(ranked[0]) / Double(ranked[1]) > 1.5)
        #expect(counts.count > 10_000)
    }

    @Test func writesFilesInSubfolders() throws {
        let folder = try TestSupport.temporaryFolder()
        let bytes = try SyntheticCorpus(seed: 5).write(articles: 25, to: folder, perFolder: 10)
        #expect(bytes > 100_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["0000", "0001", "0002"])
        let index = try ArticleIndex.open(at: folder + ".sqlite", creating: true)
        let report = try index.update(from: [folder])
        #expect(report.added == 25)
        #expect(report.failed == 0)
    }
}
