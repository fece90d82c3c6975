import Foundation
import GRDB

/// Runs a search against an open index: candidates by bm25, re-ranked, then the page's details.
struct Searcher: Sendable {
    var weights: RankingWeights
    var analyzer: QueryAnalyzer

    func search(_ request: SearchRequest, in db: Database) throws -> SearchResponse {
        let started = ContinuousClock.now
        let query = analyzer.analyze(request.query, prefix: request.prefix)
        var response = SearchResponse(
            query: request.query, hits: [], estimatedTotalHits: 0, limit: request.limit, offset: request.offset,
            processingTimeMs: 0, didYouMean: query.didYouMean)
        guard let match = query.matchExpression else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let filter = try Filter(request: request, db: db)
        guard !filter.isEmpty else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let wanted = max(weights.candidates, request.offset + request.limit)
        var candidates = try fetchCandidates(match: match, filter: filter, limit: wanted, db: db)
        try fillEvidence(&candidates, match: match, db: db)
        let ranked = Ranker(weights: weights).rank(candidates, query: query)
        let page = ranked.dropFirst(request.offset).prefix(request.limit)
        response.hits = try hits(for: Array(page), query: query, match: match, explain: request.explain, db: db)
        response.estimatedTotalHits = try countMatches(match: match, filter: filter, db: db)
        response.processingTimeMs = started.millisecondsSince
        return response
    }

    /// Restrictions by kind and article, as SQL over `passage_fts`.
    struct Filter {
        var sql = ""
        var arguments: StatementArguments = []
        var isEmpty = false

        init(request: SearchRequest, db: Database) throws {
            if !request.kinds.isEmpty {
                let kinds = request.kinds.sorted()
                sql += " AND kind IN (\(databaseQuestionMarks(count: kinds.count)))"
                arguments += StatementArguments(kinds.map(\.rawValue))
            }
            if let slug = request.article {
                // An article's passages have consecutive rowids.
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT min(passage.id), max(passage.id) FROM passage
                        JOIN article ON article.id = passage.article_id WHERE article.slug = ?
                        """, arguments: [slug])
                if let low = row?[0] as Int64?, let high = row?[1] as Int64? {
                    sql += " AND rowid BETWEEN ? AND ?"
                    arguments += [low, high]
                } else {
                    isEmpty = true
                }
            }
        }
    }

    /// The best `limit` passages by weighted bm25.
    ///
    /// ```sql
    /// SELECT rowid, -bm25(passage_fts, 2.0, 1.0, 0.5, 1.0, 0) FROM passage_fts
    /// WHERE passage_fts MATCH '"email" OR "asynchronous"' [AND kind IN (…)] [AND rowid BETWEEN ? AND ?]
    /// ORDER BY 2 DESC LIMIT 200
    /// ```
    private func fetchCandidates(match: String, filter: Filter, limit: Int, db: Database) throws -> [Candidate] {
        let bm25 = "bm25(passage_fts, \(weights.heading), \(weights.body), \(weights.context), \(weights.terms), 0)"
        let sql = """
            SELECT rowid, -\(bm25) FROM passage_fts
            WHERE passage_fts MATCH ?\(filter.sql)
            ORDER BY \(bm25) LIMIT ?
            """
        var arguments: StatementArguments = [match]
        arguments += filter.arguments
        arguments += [limit]
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
            Candidate(rowid: $0[0], relevance: $0[1])
        }
    }

    /// What the ranker needs of each candidate: its kind, term and article, and which of its
    /// words matched, read from FTS5's own highlighting so that stemming and folding agree with
    /// the index.
    ///
    /// ```sql
    /// SELECT passage_fts.rowid, highlight(passage_fts, 0, x'02', x'03'), … (columns 0–3),
    ///        passage.kind, passage.term, article.slug
    /// FROM passage_fts JOIN passage … JOIN article …
    /// WHERE passage_fts MATCH ? AND passage_fts.rowid IN (…)
    /// ```
    private func fillEvidence(_ candidates: inout [Candidate], match: String, db: Database) throws {
        guard !candidates.isEmpty else { return }
        let ids = candidates.map(\.rowid)
        let marks = "'\(Snippet.open)', '\(Snippet.close)'"
        let highlights = (0...3).map { "highlight(passage_fts, \($0), \(marks))" }.joined(separator: ", ")
        let sql = """
            SELECT passage_fts.rowid, \(highlights), passage.kind, passage.term, article.slug, passage.sense_rank
            FROM passage_fts
            JOIN passage ON passage.id = passage_fts.rowid
            JOIN article ON article.id = passage.article_id
            WHERE passage_fts MATCH ? AND passage_fts.rowid IN (\(databaseQuestionMarks(count: ids.count)))
            """
        var arguments: StatementArguments = [match]
        arguments += StatementArguments(ids)
        var evidence: [Int64: (words: Set<String>, kind: PassageKind, term: TermSide, article: String, senseRank: Int?, sense: String?)] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            // The passage's own columns (heading, body, context), not the article's terms, which
            // every passage of the article shares.
            var words = Set<String>()
            for column in 1...3 {
                guard let marked = row[column] as String? else { continue }
                for match in Snippet(marked: marked).matches { words.formUnion(WordTokenizer.words(in: match)) }
            }
            let kind = PassageKind(rawValue: row[5]) ?? .summary
            let senseColumn = kind == .definition ? 2 : kind == .example ? 3 : nil
            let sense = senseColumn.flatMap { (row[$0] as String?).map { Snippet(marked: $0).plainText } }
            evidence[row[0]] = (words, kind, TermSide(rawValue: row[6]) ?? .both, row[7], row[8], sense)
        }
        for index in candidates.indices {
            guard let found = evidence[candidates[index].rowid] else { continue }
            candidates[index].matchedWords = found.words
            candidates[index].kind = found.kind
            candidates[index].term = found.term
            candidates[index].article = found.article
            candidates[index].senseRank = found.senseRank
            candidates[index].senseText = found.sense
        }
    }

    /// The details of the hits on the page, with snippets.
    private func hits(
        for page: [Candidate], query: AnalyzedQuery, match: String, explain: Bool, db: Database
    ) throws -> [Hit] {
        guard !page.isEmpty else { return [] }
        let ids = page.map(\.rowid)
        let sql = """
            SELECT passage_fts.rowid, passage_fts.heading, passage_fts.body,
                   snippet(passage_fts, 1, '\(Snippet.open)', '\(Snippet.close)', '…', 40),
                   passage.kind, passage.term, passage_fts.context,
                   article.slug, article.title, article.term_a, article.term_b
            FROM passage_fts
            JOIN passage ON passage.id = passage_fts.rowid
            JOIN article ON article.id = passage.article_id
            WHERE passage_fts MATCH ? AND passage_fts.rowid IN (\(databaseQuestionMarks(count: ids.count)))
            """
        var arguments: StatementArguments = [match]
        arguments += StatementArguments(ids)
        var byRow: [Int64: Row] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) { byRow[row[0]] = row.copy() }
        return page.compactMap { candidate in
            guard let row = byRow[candidate.rowid] else { return nil }
            let side = TermSide(rawValue: row[5]) ?? .both
            let term: String? =
                switch side {
                case .a: row[9]
                case .b: row[10]
                case .both: nil
                }
            let correctedStems = Set(query.corrections.flatMap { WordTokenizer.words(in: $0.to) }.map(PorterStemmer.stem))
            let matchedStems = Set(candidate.matchedWords.map(PorterStemmer.stem))
            return Hit(
                article: row[7], title: row[8], kind: PassageKind(rawValue: row[4]) ?? .summary, term: term,
                heading: row[1], text: row[2], sense: row[6], snippet: Snippet(marked: row[3]),
                score: candidate.score, corrected: !correctedStems.isDisjoint(with: matchedStems),
                explanation: explain
                    ? Explanation(bm25: candidate.relevance, factors: candidate.factors, score: candidate.score) : nil)
        }
    }

    /// The number of passages that match at least one query word.
    private func countMatches(match: String, filter: Filter, db: Database) throws -> Int {
        var arguments: StatementArguments = [match]
        arguments += filter.arguments
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?\(filter.sql)"),
            arguments: arguments) ?? 0
    }
}

extension ContinuousClock.Instant {
    var millisecondsSince: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
