import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// Answer quality cannot silently regress: the engine is evaluated on the project's query set
/// (`Benchmarks/Quality/queries.tsv`) over the bundled corpus, and each measure must stay above
/// a floor a little under what `versus eval` reports today, and well above plain FTS5.
@Suite struct QualityTests {
    static let queriesPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/Quality/queries.tsv").path

    /// Each split is evaluated once per test run and shared by the tests.
    static let reports: [String: Result<QualityReport, any Error>] = Dictionary(
        uniqueKeysWithValues: ["all", "holdout"].map { split in (split, Result { try evaluate(split: split) }) })

    static func report(split: String) throws -> QualityReport {
        try #require(reports[split]).get()
    }

    static func evaluate(split: String) throws -> QualityReport {
        let text = try String(contentsOfFile: queriesPath, encoding: .utf8)
        let queries = try QualityQuery.parse(tsv: text, file: queriesPath)
        return try Evaluator(index: TestSupport.corpusIndex).evaluate(queries, split: split)
    }

    @Test func theQuerySetIsLargeAndHoldsOutAQuarter() throws {
        let queries = try QualityQuery.parse(tsv: String(contentsOfFile: Self.queriesPath, encoding: .utf8), file: "q")
        #expect(queries.count >= 250)
        let heldOut = queries.filter { $0.split == "holdout" }.count
        #expect(abs(Double(heldOut) / Double(queries.count) - 0.25) < 0.02)
        #expect(Set(queries.map(\.category)) == ["faq", "define", "example", "difference", "keyword", "typo", "chart"])
    }

    @Test func overallFloors() throws {
        let report = try Self.report(split: "all")
        let m = report.versus.overall
        #expect(m.articleAt1 >= 0.98)
        #expect(m.passageAt1 >= 0.865)
        #expect(m.passageAt3 >= 0.97)
        #expect(m.mrrAt10 >= 0.91)
        #expect(m.zeroResultRate <= 0.005)
    }

    @Test func heldOutFloors() throws {
        let m = try Self.report(split: "holdout").versus.overall
        #expect(m.articleAt1 >= 0.98)
        #expect(m.passageAt1 >= 0.87)
        #expect(m.passageAt3 >= 0.97)
    }

    /// Articles the engine was not written against, with queries written by someone who saw
    /// only those articles: the measures hold beyond the bundled corpus.
    @Test func unseenArticlesFloors() throws {
        let measured = try QualitySetsTests.measuredAlone("unseen.tsv")
        #expect(measured.failed == 0)
        #expect(measured.articles >= 24)
        #expect(measured.queries.count >= 210)
        let report = measured.report
        let m = report.versus.overall
        #expect(m.articleAt1 >= 0.97)
        #expect(m.passageAt1 >= 0.91)
        #expect(m.passageAt3 >= 0.97)
        #expect(m.passageAt1 >= report.baseline.overall.passageAt1 + 0.3)
    }

    /// A miss says where its first hit came from: the answering article (another passage of it),
    /// or another article.
    @Test func aMissSaysWhichArticleAnswered() throws {
        let queries = [
            // The summary of TCP vs. UDP answers first, not a chart row that does not exist.
            QualityQuery(query: "tcp vs udp", article: "tcp-vs-udp", kind: .chart, answer: "no such row", category: "difference", split: "all"),
            QualityQuery(query: "tcp vs udp", article: "fewer-vs-less", kind: .summary, answer: "fewer", category: "difference", split: "all"),
        ]
        let report = try Evaluator(index: TestSupport.corpusIndex).evaluate(queries)
        #expect(report.misses.map(\.article) == [.expected, .other])
    }

    @Test func beatsPlainFTS5() throws {
        let report = try Self.report(split: "all")
        #expect(report.versus.overall.passageAt1 >= report.baseline.overall.passageAt1 + 0.3)
        #expect(report.versus.overall.mrrAt10 >= report.baseline.overall.mrrAt10 + 0.25)
        #expect(report.versus.overall.articleAt1 >= report.baseline.overall.articleAt1)
    }

    @Test(arguments: [
        ("difference", 0.95, 0.95), ("typo", 0.9, 0.9), ("define", 0.95, 0.92), ("example", 0.97, 0.72),
        ("faq", 0.95, 0.79), ("keyword", 0.95, 0.88), ("chart", 0.95, 0.75),
    ])
    func categoryFloors(_ category: String, _ articleFloor: Double, _ passageFloor: Double) throws {
        let m = try #require(try Self.report(split: "all").versus.byCategory[category])
        #expect(m.articleAt1 >= articleFloor, "\(category)")
        #expect(m.passageAt1 >= passageFloor, "\(category)")
    }
}
