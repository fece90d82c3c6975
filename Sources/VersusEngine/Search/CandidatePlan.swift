import GRDB

/// Chooses which passages to score, without scoring every passage that contains a frequent word.
///
/// `ORDER BY bm25(…) LIMIT k` reads and scores every passage that matches, so at millions of
/// passages a query with a common word costs tens or hundreds of milliseconds. The plan:
/// 1. **Selective words.** The query's rarest words, as many as fit in ``RankingWeights/scoringBudget``
///    passages together, are matched with OR and ranked by FTS5's bm25 — the cost is bounded.
/// 2. **Named articles.** Every passage of an article whose term the query names is a candidate
///    (an article's passages are a rowid range, so this is a few index seeks).
/// 3. **All words together.** When some words were too frequent for step 1, the first passages
///    that contain every query word (AND, in rowid order, stopped at the limit).
/// 4. **Fallback.** When nothing above found anything, the first passages matching any word.
/// The candidates are then scored alike by the ranker, so the steps only decide who competes.
struct CandidatePlan {
    let query: AnalyzedQuery
    let lexicon: Lexicon
    let weights: RankingWeights
    let filter: Searcher.Filter

    /// The query terms by ascending passage frequency.
    private var termsByRarity: [(term: QueryTerm, frequency: Int)] {
        query.terms.map { ($0, lexicon.passageFrequency(of: $0)) }.sorted { $0.frequency < $1.frequency }
    }

    /// The candidates' rowids, without duplicates.
    func candidates(limit: Int, db: Database) throws -> [Int64] {
        var seen = Set<Int64>()
        var rowids: [Int64] = []
        func add(_ found: [Int64]) {
            for rowid in found where seen.insert(rowid).inserted { rowids.append(rowid) }
        }
        guard let all = query.matchExpression else { return [] }
        if filter.articleRange != nil {
            // One article: all its matching passages, a few dozen at most.
            add(try fetch(match: all, ranked: false, limit: limit, db: db))
            return rowids
        }
        let ranked = termsByRarity
        var budget = weights.scoringBudget
        let selective = ranked.prefix { entry in
            budget -= entry.frequency
            return budget >= 0
        }.map(\.term)
        if !selective.isEmpty {
            add(try fetch(match: Self.or(selective), ranked: true, limit: limit, db: db))
        }
        for slug in query.namedArticles.keys.sorted().prefix(weights.namedArticlesSearched) {
            guard let range = try Searcher.Filter.rowids(ofArticle: slug, db: db) else { continue }
            add(try fetch(match: all, ranked: false, limit: limit, range: range, db: db))
        }
        if selective.count < query.terms.count, query.terms.count > 1 {
            add(try fetch(match: Self.and(query.terms), ranked: false, limit: limit, db: db))
        }
        if rowids.isEmpty {
            add(try fetch(match: all, ranked: false, limit: limit, db: db))
        }
        return rowids
    }

    /// How many passages match at least one query word: counted when that is cheap (one
    /// article, or words that are all selective), otherwise estimated from the words' passage
    /// frequencies (the largest of them, a lower bound of the true count).
    func estimatedMatches(db: Database) throws -> Int {
        guard let all = query.matchExpression else { return 0 }
        let total = query.terms.reduce(0) { $0 + lexicon.passageFrequency(of: $1) }
        if filter.articleRange != nil || total <= weights.scoringBudget {
            var arguments: StatementArguments = [all]
            arguments += filter.arguments
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?\(filter.sql)"),
                arguments: arguments) ?? 0
        }
        return min(query.terms.map { lexicon.passageFrequency(of: $0) }.max() ?? 0, lexicon.passageCount)
    }

    /// Rowids of passages that match, either the bm25-best (`ranked`) or the first in rowid order.
    ///
    /// ```sql
    /// SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? [AND kind IN (…)] [AND rowid BETWEEN ? AND ?]
    /// [ORDER BY bm25(passage_fts, 4.0, 1.0, 0.25, 0.5, 0)] LIMIT ?
    /// ```
    private func fetch(
        match: String, ranked: Bool, limit: Int, range: ClosedRange<Int64>? = nil, db: Database
    ) throws -> [Int64] {
        var sql = "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?\(filter.sql)"
        var arguments: StatementArguments = [match]
        arguments += filter.arguments
        if let range {
            sql += " AND rowid BETWEEN ? AND ?"
            arguments += [range.lowerBound, range.upperBound]
        }
        if ranked {
            sql += " ORDER BY bm25(passage_fts, \(weights.heading), \(weights.body), \(weights.context), \(weights.terms), 0)"
        }
        sql += " LIMIT ?"
        arguments += [limit]
        return try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func or(_ terms: [QueryTerm]) -> String { terms.map(\.matchExpression).joined(separator: " OR ") }
    static func and(_ terms: [QueryTerm]) -> String { terms.map(\.matchExpression).joined(separator: " AND ") }
}
