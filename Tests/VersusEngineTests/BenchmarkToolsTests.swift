import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// The measuring tools of `versus bench` and the benchmarks:
/// - a drawn query mix is the same for the same seed, has no repeated query and holds every kind;
/// - the plain FTS5 reference (SQLite's C API) returns what the GRDB baseline of `versus eval` returns;
/// - the latency recorder's percentiles are those of the values it was given.
@Suite struct BenchmarkToolsTests {
    // MARK: - QueryMix

    @Test func aDrawnMixIsTheSameForTheSameSeed() throws {
        let index = TestSupport.corpusIndex
        let first = try QueryMix.draw(count: 300, seed: 7, from: index)
        let again = try QueryMix.draw(count: 300, seed: 7, from: index)
        let other = try QueryMix.draw(count: 300, seed: 8, from: index)
        #expect(first == again)
        #expect(first != other)
    }

    @Test func aDrawnMixHasNoRepeatsAndEveryKind() throws {
        let mix = try QueryMix.draw(count: 500, seed: 1, from: TestSupport.corpusIndex)
        #expect(mix.queries.count == 500)
        #expect(Set(mix.queries.map(\.text)).count == mix.queries.count)
        let counts = mix.countsByKind
        for kind in [BenchmarkQuery.Kind.keywords, .question, .comparison, .misspelling] {
            #expect((counts[kind] ?? 0) > 0, "no \(kind) query")
        }
        // Shares close to the design's: 30 / 25 / 20 / 25 %, keywords making up what the others lack.
        #expect((counts[.question] ?? 0) >= 100)
        #expect((counts[.misspelling] ?? 0) >= 100)
        for query in mix.queries {
            #expect(!query.text.isEmpty)
            #expect(query.text == query.text.lowercased())
            #expect(!query.text.contains("?"))
        }
    }

    @Test func eachKindReadsAsItShould() throws {
        let mix = try QueryMix.draw(count: 400, seed: 3, from: TestSupport.corpusIndex)
        for query in mix.queries {
            let words = query.text.split(separator: " ")
            switch query.kind {
            case .keywords:
                #expect((1...3).contains(words.count), "\(query.text)")
            case .comparison:
                #expect(
                    [" vs ", " vs. ", " versus ", "difference between", " or ", "compare "].contains { query.text.contains($0) },
                    "\(query.text)")
            case .misspelling:
                #expect(words.count >= 2, "\(query.text)")
            case .question, .given:
                break
            }
        }
    }

    /// (word, edit) → a one-edit typo that keeps the first letter.
    @Test(arguments: ["asynchronous", "packet", "definition", "effect"])
    func aMisspellingIsOneEditAwayAndKeepsTheFirstLetter(word: String) {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<50 {
            guard let typo = QueryMix.misspell(word, rng: &rng) else { continue }
            #expect(typo != word)
            #expect(typo.first == word.first)
            #expect(Self.isOneEdit(word, typo), "\(word) → \(typo)")
        }
    }

    @Test func queriesFromAFileAreTheFirstColumnWithoutRepeats() {
        let mix = QueryMix(lines: "is email asynchronous?\tsynchronous-vs-asynchronous\tfaq\n\n# comment\nudp\nudp\n  tcp vs udp  \n")
        #expect(mix.queries.map(\.text) == ["is email asynchronous?", "udp", "tcp vs udp"])
        #expect(mix.queries.allSatisfy { $0.kind == .given })
    }

    @Test func aTinyIndexGivesFewerQueriesRatherThanRepeats() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(ArticleBuilder().text, to: folder + "/Corpus/tea-vs-coffee.txt")
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        _ = try index.update(from: [folder + "/Corpus"])
        let mix = try QueryMix.draw(count: 5_000, seed: 1, from: index)
        #expect(mix.queries.count < 5_000)
        #expect(mix.queries.count > 50)
        #expect(Set(mix.queries.map(\.text)).count == mix.queries.count)
    }

    // MARK: - PlainFTS5Reference

    @Test(arguments: [
        "Is email asynchronous?", "udp packet loss", "tcp vs udp", "difference between affect and effect",
        "define latitude", "asynchronus comunication", "the of and",
    ])
    func theReferenceReturnsWhatTheBaselineReturns(query: String) throws {
        let index = TestSupport.corpusIndex
        let reference = try PlainFTS5Reference(path: index.path)
        let rowids = try reference.search(query)
        let plain = try PlainFTS5Baseline(path: index.path)
        let baseline = try plain.search(query, limit: 10)
        #expect(rowids.count == baseline.count)
        #expect(try plain.passageBodies(rowids: rowids) == baseline.map(\.text))
        // Prepared once, reset per query: the same answer the second time.
        #expect(try reference.search(query) == rowids)
    }

    @Test func theReferenceMatchesNonStopWordsJoinedByOr() throws {
        let reference = try PlainFTS5Reference(path: TestSupport.corpusIndex.path)
        #expect(reference.matchExpression(for: "Is email asynchronous?") == #""email" OR "asynchronous""#)
        #expect(reference.matchExpression(for: "") == nil)
        #expect(try reference.search("") == [])
    }

    @Test func theReferenceReportsAMissingIndex() throws {
        #expect(throws: VersusError.self) { try PlainFTS5Reference(path: "/nonexistent/index.sqlite") }
    }

    // MARK: - LatencyRecorder

    @Test func percentilesOfKnownLatencies() {
        var recorder = LatencyRecorder()
        for ms in 1...100 { recorder.record(.milliseconds(ms)) }
        recorder.recordError()
        let summary = recorder.summary(elapsed: .seconds(2))
        #expect(summary.queries == 100)
        #expect(summary.errors == 1)
        #expect(summary.qps == 50)
        // HdrHistogram keeps three significant digits: within 0.1 %.
        #expect(abs(summary.p50Ms - 50) <= 0.05)
        #expect(abs(summary.p95Ms - 95) <= 0.1)
        #expect(abs(summary.p99Ms - 99) <= 0.1)
        #expect(abs(summary.maxMs - 100) <= 0.1)
        #expect(abs(summary.meanMs - 50.5) <= 0.1)
    }

    @Test func mergedRecordersAddUp() {
        var fast = LatencyRecorder()
        var slow = LatencyRecorder()
        for _ in 0..<90 { fast.record(.microseconds(200)) }
        for _ in 0..<10 { slow.record(.milliseconds(40)) }
        slow.recordError()
        fast.merge(slow)
        #expect(fast.count == 100)
        #expect(fast.errors == 1)
        #expect(abs(fast.percentile(50).milliseconds - 0.2) <= 0.001)
        #expect(abs(fast.percentile(95).milliseconds - 40) <= 0.05)
    }

    @Test func anEmptyRecorderSummarizesToZeros() {
        let summary = LatencyRecorder().summary(elapsed: .zero)
        #expect(summary == LatencySummary(queries: 0, errors: 0, seconds: 0, qps: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0))
    }

    @Test func theRatioReadsTimesAsFast() {
        let versus = LatencySummary(queries: 10, errors: 0, seconds: 1, qps: 100, p50Ms: 4, p95Ms: 8, p99Ms: 10, maxMs: 20, meanMs: 5)
        let plain = LatencySummary(queries: 10, errors: 0, seconds: 1, qps: 400, p50Ms: 1, p95Ms: 2, p99Ms: 5, maxMs: 20, meanMs: 1)
        let ratio = versus.ratio(to: plain)
        #expect(ratio == SpeedRatio(qps: 0.25, p50: 0.25, p95: 0.25, p99: 0.5, max: 1))
    }

    static func isOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count {
            let differing = x.indices.filter { x[$0] != y[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1 && x[differing[0]] == y[differing[1]]
                && x[differing[1]] == y[differing[0]]
        }
        guard x.count == y.count + 1 else { return false }
        return x.indices.contains { i in Array(x[..<i] + x[(i + 1)...]) == y }
    }
}
