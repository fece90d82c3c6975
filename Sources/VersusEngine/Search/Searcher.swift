import Foundation
import GRDB

/// Runs a search against an open index: candidates (``CandidatePlan``), their rows, their
/// evidence and bm25 (``EvidenceReader``), ranking (``Ranker``), then the page's details.
struct Searcher: Sendable {
    /// `VERSUS_TRACE=1` prints each search's stage times on stderr, for profiling.
    static let tracing = ProcessInfo.processInfo.environment["VERSUS_TRACE"] == "1"

    var weights: RankingWeights
    var analyzer: QueryAnalyzer
    var lexicon: Lexicon

    func search(_ request: SearchRequest, in db: Database) throws -> SearchResponse {
        let started = ContinuousClock.now
        let query = analyzer.analyze(request.query, prefix: request.prefix)
        var response = SearchResponse(
            query: request.query, hits: [], estimatedTotalHits: 0, limit: request.limit, offset: request.offset,
            processingTimeMs: 0, didYouMean: query.didYouMean)
        guard query.matchExpression != nil else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let filter = try Filter(request: request, db: db)
        guard !filter.isEmpty else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let analyzed = started.millisecondsSince
        let plan = CandidatePlan(query: query, lexicon: lexicon, settings: weights.retrieval, filter: filter)
        let wanted = max(weights.retrieval.candidates, request.offset + request.limit)
        let selection = try plan.candidates(limit: wanted, db: db)
        let selected = started.millisecondsSince
        let matcher = PassageMatcher(query: query)
        let reader = EvidenceReader(query: query, matcher: matcher, lexicon: lexicon, weights: weights)
        let candidates = try rows(selection.rowids, db: db).map(reader.evidence(of:))
        let read = started.millisecondsSince
        let ranked = Ranker(weights: weights).rank(candidates, query: query, explain: request.explain)
        let page = ranked.dropFirst(request.offset).prefix(request.limit)
        response.hits = try hits(for: Array(page), query: query, matcher: matcher, explain: request.explain, db: db)
        if Self.tracing {
            let line = String(
                format: "trace analyze %.2f select %.2f (%d) evidence %.2f rank+hits %.2f ms\n", analyzed,
                selected - analyzed, selection.rowids.count, read - selected, started.millisecondsSince - read)
            FileHandle.standardError.write(Data(line.utf8))
        }
        response.estimatedTotalHits = selection.estimatedMatches
        response.processingTimeMs = started.millisecondsSince
        return response
    }

    /// Restrictions by kind and article, as SQL over `passage_fts`.
    struct Filter {
        var sql = ""
        var arguments: StatementArguments = []
        var isEmpty = false
        /// The rowid range of the one article asked for.
        var articleRange: ClosedRange<Int64>?

        init(request: SearchRequest, db: Database) throws {
            if !request.kinds.isEmpty {
                let kinds = request.kinds.sorted()
                sql += " AND kind IN (\(databaseQuestionMarks(count: kinds.count)))"
                arguments += StatementArguments(kinds.map(\.rawValue))
            }
            if let slug = request.article {
                if let range = try Self.rowids(ofArticle: slug, db: db) {
                    sql += " AND rowid BETWEEN ? AND ?"
                    arguments += [range.lowerBound, range.upperBound]
                    articleRange = range
                } else {
                    isEmpty = true
                }
            }
        }

        /// An article's passages have consecutive rowids.
        ///
        /// ```sql
        /// SELECT min(passage.id), max(passage.id) FROM passage WHERE article_id = (SELECT id FROM article WHERE slug = ?)
        /// ```
        static func rowids(ofArticle slug: String, db: Database) throws -> ClosedRange<Int64>? {
            // A bound string is read up to its first NUL; no slug holds one (see ArticleIndex.article).
            guard !slug.utf8.contains(0) else { return nil }
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT min(id), max(id) FROM passage
                        WHERE article_id = (SELECT id FROM article WHERE slug = ?)
                        """), arguments: [slug])
            guard let low = row?[0] as Int64?, let high = row?[1] as Int64? else { return nil }
            return low...high
        }
    }

    /// Reads the candidates' rows by rowid (no `MATCH`), as plain values for the
    /// ``EvidenceReader``: their columns of text, kind, term, article, sense and length.
    ///
    /// ```sql
    /// SELECT passage_fts.rowid, heading, body, context, passage.kind, passage.term, passage.article_id,
    ///        passage.sense_rank, passage.length
    /// FROM passage_fts JOIN passage ON passage.id = passage_fts.rowid WHERE passage_fts.rowid IN (…)
    /// ```
    private func rows(_ rowids: [Int64], db: Database) throws -> [PassageRow] {
        guard !rowids.isEmpty else { return [] }
        let sql = """
            SELECT passage_fts.rowid, passage_fts.heading, passage_fts.body, passage_fts.context,
                   passage.kind, passage.term, passage.article_id, passage.sense_rank, passage.length
            FROM passage_fts JOIN passage ON passage.id = passage_fts.rowid
            WHERE passage_fts.rowid IN (\(databaseQuestionMarks(count: rowids.count)))
            """
        var passages: [PassageRow] = []
        passages.reserveCapacity(rowids.count)
        // Cached by its text: the number of placeholders takes few values (mostly the candidate count).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(rowids))
        while let row = try rows.next() {
            passages.append(
                PassageRow(
                    rowid: row[0], heading: row[1], body: row[2] ?? "", context: row[3],
                    kind: PassageKind(rawValue: row[4]) ?? .summary, term: TermSide(rawValue: row[5]) ?? .both,
                    articleID: row[6], senseRank: row[7], length: row[8]))
        }
        return passages
    }

    /// The hits of the page: the passages' texts as read for scoring, their articles' titles
    /// and terms, and snippets.
    ///
    /// ```sql
    /// SELECT id, title, term_a, term_b FROM article WHERE id IN (…)
    /// ```
    private func hits(
        for page: [RankedPassage], query: AnalyzedQuery, matcher: PassageMatcher, explain: Bool, db: Database
    ) throws -> [Hit] {
        guard !page.isEmpty else { return [] }
        let ids = Array(Set(page.map(\.evidence.articleID)))
        var articles: [Int64: (title: String, termA: String, termB: String)] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT id, title, term_a, term_b FROM article WHERE id IN (\(databaseQuestionMarks(count: ids.count)))"),
            arguments: StatementArguments(ids))
        {
            articles[row[0]] = (row[1], row[2], row[3])
        }
        let correctedStems = Set(query.corrections.flatMap { WordTokenizer.words(in: $0.to) }.map(PorterStemmer.stem))
        var hits: [Hit] = []
        for ranked in page {
            let passage = ranked.evidence
            guard let article = articles[passage.articleID] else { continue }
            let term: String? =
                switch passage.term {
                case .a: article.termA
                case .b: article.termB
                case .both: nil
                }
            hits.append(
                Hit(
                    article: passage.article, title: article.title, kind: passage.kind, term: term,
                    heading: passage.heading, text: passage.body, sense: passage.kind == .example ? passage.context : nil,
                    snippet: matcher.snippet(of: passage.body),
                    score: ranked.score, corrected: !correctedStems.isDisjoint(with: passage.matchedStems),
                    explanation: explain
                        ? Explanation(bm25: passage.bm25, factors: ranked.factors, score: ranked.score) : nil))
        }
        return hits
    }
}

extension ContinuousClock.Instant {
    var millisecondsSince: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
