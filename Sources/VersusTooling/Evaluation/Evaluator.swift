import VersusEngine

/// Runs a quality query set against the engine and against a plain FTS5 baseline.
///
/// The baseline is what a general-purpose FTS5 setup does: the query's non-stop words joined by
/// OR, `ORDER BY bm25(passage_fts) LIMIT 10`, equal column weights, no re-ranking.
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
        for query in selected {
            let hits = try index.search(SearchRequest(query: query.query, limit: 10)).hits
            let rank = versus.add(query, hits: hits)
            if rank != 1 {
                misses.append(
                    .init(
                        query: query.query, category: query.category,
                        expected: "\(query.article) \(query.kind.rawValue): \(query.answer)",
                        got: hits.first.map { "\($0.article) \($0.kind.rawValue): \($0.heading.map { $0 + " " } ?? "")\($0.text)" },
                        passageRank: rank))
            }
            baseline.add(query, hits: try plain.search(query.query, limit: 10))
        }
        return QualityReport(split: split, versus: versus.side(), baseline: baseline.side(), misses: misses)
    }

    private struct Tally {
        var overall = QualityMetrics()
        var byCategory: [String: QualityMetrics] = [:]

        /// Records one query; returns the rank of the answering passage.
        mutating func add(_ query: QualityQuery, hits: [Hit]) -> Int? {
            let articleRank = hits.firstIndex { $0.article == query.article }.map { $0 + 1 }
            let passageRank = hits.firstIndex(where: query.isAnswer).map { $0 + 1 }
            overall.add(articleRank: articleRank, passageRank: passageRank, zero: hits.isEmpty)
            byCategory[query.category, default: QualityMetrics()]
                .add(articleRank: articleRank, passageRank: passageRank, zero: hits.isEmpty)
            return passageRank
        }

        func side() -> QualityReport.Side {
            var overall = overall
            overall.finish()
            return .init(overall: overall, byCategory: byCategory.mapValues { var m = $0; m.finish(); return m })
        }
    }
}
