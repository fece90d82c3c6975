import VersusEngine

/// Runs a quality query set against the engine and against a plain FTS5 baseline.
///
/// The baseline is what a general-purpose FTS5 setup does: the query's non-stop words joined by
/// OR, `ORDER BY bm25(passage_fts) LIMIT 10`, equal column weights, no re-ranking. Each search
/// is timed (after ``ArticleIndex/warmUp()``, so that loading the lexicon is not counted).
public struct Evaluator: Sendable {
    public let index: ArticleIndex

    public init(index: ArticleIndex) {
        self.index = index
    }

    public func evaluate(_ queries: [QualityQuery], split: String = "all") throws -> QualityReport {
        let selected = queries.filter { split == "all" || $0.split == split }
        var versus = Tally()
        var baseline = Tally()
        var misses: [QualityReport.Miss] = []
        let plain = try PlainFTS5Baseline(path: index.path)
        var terms = ArticleTerms(index: index)
        try index.warmUp()
        let clock = ContinuousClock()
        for query in selected {
            var hits: [Hit] = []
            versus.record(try clock.measure { hits = try index.search(SearchRequest(query: query.query, limit: 10)).hits })
            let (rank, article) = versus.add(query, hits: hits, terms: &terms)
            if rank != 1 {
                misses.append(
                    .init(
                        query: query.query, category: query.category,
                        expected: "\(query.article) \(query.kind.rawValue): \(query.answer)",
                        got: hits.first.map { "\($0.article) \($0.kind.rawValue): \($0.heading.map { $0 + " " } ?? "")\($0.text)" },
                        passageRank: rank, article: article))
            }
            var plainHits: [Hit] = []
            baseline.record(try clock.measure { plainHits = try plain.search(query.query, limit: 10) })
            baseline.add(query, hits: plainHits, terms: &terms)
        }
        return QualityReport(split: split, versus: versus.side(), baseline: baseline.side(), misses: misses)
    }

    private struct Tally {
        var overall = QualityMetrics()
        var byCategory: [String: QualityMetrics] = [:]
        var latency = LatencyRecorder()
        /// The time spent searching, all queries together.
        var searching = Duration.zero

        mutating func record(_ duration: Duration) {
            latency.record(duration)
            searching += duration
        }

        /// Records one query; returns the rank of the answering passage and where the first hit came from.
        @discardableResult
        mutating func add(_ query: QualityQuery, hits: [Hit], terms: inout ArticleTerms) -> (Int?, QualityReport.Miss.Article) {
            let articleRank = hits.firstIndex { $0.article == query.article }.map { $0 + 1 }
            let passageRank = hits.firstIndex(where: query.isAnswer).map { $0 + 1 }
            let lenient = hits.first.map { query.isLenientArticleMatch($0, hitTerms: terms[$0.article], expectedTerms: terms[query.article]) } ?? false
            let outcome = QualityMetrics.Outcome(articleRank: articleRank, passageRank: passageRank, lenientArticleMatch: lenient, zero: hits.isEmpty)
            overall.add(outcome)
            byCategory[query.category, default: QualityMetrics()].add(outcome)
            let article: QualityReport.Miss.Article = articleRank == 1 ? .expected : lenient ? .sameTerm : .other
            return (passageRank, article)
        }

        func side() -> QualityReport.Side {
            var overall = overall
            overall.finish()
            return .init(
                overall: overall, byCategory: byCategory.mapValues { var m = $0; m.finish(); return m },
                latency: latency.summary(elapsed: searching))
        }
    }
}
