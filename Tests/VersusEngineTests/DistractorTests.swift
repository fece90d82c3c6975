import Foundation
import IndexDamage
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// `versus eval --distractors`: the bundled corpus hidden among generated WordNet articles.
/// The index is built once per cache key and reused; no distractor takes a set article's slug;
/// lenient article@1 is never below strict; and answer quality keeps a floor among 2,000
/// distractors (see `qualityFloorAmongTwoThousand`).
@Suite(.enabled(if: InstalledWordNet.isInstalled, "needs WordNet in /usr/share/wordnet (apt-get install wordnet-base)"))
struct DistractorTests {
    static let cacheRoot: String = {
        try! ScratchFolder.make("distractors")
    }()

    static func queries() throws -> [QualityQuery] {
        try QualityQuery.parse(tsv: String(contentsOfFile: QualityTests.queriesPath, encoding: .utf8), file: "queries.tsv")
    }

    static func evaluate(distractors: Int) throws -> (DistractorIndex, ArticleIndex, QualityReport) {
        let queries = try queries()
        let cache = try DistractorIndex(
            corpus: TestSupport.corpus, count: distractors, seed: 1, wordNetDirectory: WordNet.defaultDirectory,
            cacheRoot: cacheRoot)
        let index = try cache.open(excluding: Set(queries.map(\.article)), makeCorpus: { _ in try InstalledWordNet.corpus() })
        return (cache, index, try Evaluator(index: index).evaluate(queries))
    }

    @Test func threeHundredDistractorsGiveEveryMeasure() throws {
        let (cache, index, report) = try Self.evaluate(distractors: 300)
        let corpusSlugs = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus).map { ($0 as NSString).deletingPathExtension }
        #expect(try index.stats().articles == 300 + corpusSlugs.count)
        let distractors = try DistractorIndex.files(in: cache.folder + "/articles").map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        #expect(distractors.count == 300)
        #expect(Set(distractors).isDisjoint(with: corpusSlugs))
        for side in [report.versus, report.baseline] {
            #expect(side.overall.queries == 280)
            #expect(side.overall.lenientArticleAt1 >= side.overall.articleAt1)
            #expect(side.latency.queries == 280)
            #expect(side.latency.p50Ms > 0 && side.latency.p99Ms >= side.latency.p50Ms)
        }
        // The second open finds the built index under the same key.
        let again = try DistractorIndex(
            corpus: TestSupport.corpus, count: 300, seed: 1, wordNetDirectory: WordNet.defaultDirectory, cacheRoot: Self.cacheRoot)
        #expect(again.folder == cache.folder)
        #expect(again.isBuilt)
        _ = try again.open(makeCorpus: { _ in Issue.record("rebuilt a cached index"); return try InstalledWordNet.corpus() })
    }

    @Test func aChangedCorpusGetsItsOwnIndex() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: TestSupport.corpus + "/tcp-vs-udp.txt", toPath: folder + "/tcp-vs-udp.txt")
        let before = try DistractorIndex(corpus: folder, count: 5, seed: 1, wordNetDirectory: WordNet.defaultDirectory, cacheRoot: Self.cacheRoot)
        try Data("Versus Library\n\nTea vs. Coffee\n\nTea is brewed from leaves.\n".utf8).write(to: URL(fileURLWithPath: folder + "/tea-vs-coffee.txt"))
        let after = try DistractorIndex(corpus: folder, count: 5, seed: 1, wordNetDirectory: WordNet.defaultDirectory, cacheRoot: Self.cacheRoot)
        #expect(before.folder != after.folder)
        #expect(before.folder.hasPrefix(Self.cacheRoot + "/distractors-5-seed-1/"))
    }

    /// Among 2,000 distractors (seed 1), measured 2026-12-07 at db03e3e (release; the same in
    /// debug, the whole suite in about 20 s of a debug run): Versus article@1 0.975, lenient
    /// 0.993, passage@1 0.850, passage@3 0.964; plain FTS5 article@1 0.871, passage@1 0.343. The
    /// floors sit a little below (raised from 0.94 / 0.97 / 0.82 / 0.93, set at 670f4e6).
    @Test func qualityFloorAmongTwoThousand() throws {
        let (_, _, report) = try Self.evaluate(distractors: 2_000)
        let m = report.versus.overall
        #expect(m.lenientArticleAt1 >= 0.98)
        #expect(m.articleAt1 >= 0.96)
        #expect(m.passageAt1 >= 0.835)
        #expect(m.passageAt3 >= 0.95)
        #expect(m.lenientArticleAt1 >= m.articleAt1)
        #expect(m.passageAt1 >= report.baseline.overall.passageAt1 + 0.3)
    }
}
