import Foundation
import GRDB

/// Runs a search against an open index: candidates (``CandidatePlan``), their evidence and bm25,
/// ranking (``Ranker``), then the page's details.
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
        let plan = CandidatePlan(query: query, lexicon: lexicon, weights: weights, filter: filter)
        let wanted = max(weights.candidates, request.offset + request.limit)
        let selection = try plan.candidates(limit: wanted, db: db)
        let selected = started.millisecondsSince
        let matcher = PassageMatcher(query: query)
        let candidates = try evidence(for: selection.rowids, query: query, matcher: matcher, db: db)
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

    /// Reads, for each candidate, what the ranker scores: which query words its heading, body
    /// and sense contain and how often (matched in Swift by ``PassageMatcher``), its length,
    /// kind, term and article; then computes its bm25. Rows are read by rowid: no `MATCH`.
    ///
    /// ```sql
    /// SELECT passage_fts.rowid, heading, body, context, passage.kind, passage.term, passage.article_id,
    ///        passage.sense_rank, passage.length
    /// FROM passage_fts JOIN passage ON passage.id = passage_fts.rowid WHERE passage_fts.rowid IN (…)
    /// ```
    private func evidence(
        for rowids: [Int64], query: AnalyzedQuery, matcher: PassageMatcher, db: Database
    ) throws -> [Candidate] {
        guard !rowids.isEmpty else { return [] }
        let sql = """
            SELECT passage_fts.rowid, passage_fts.heading, passage_fts.body, passage_fts.context,
                   passage.kind, passage.term, passage.article_id, passage.sense_rank, passage.length
            FROM passage_fts JOIN passage ON passage.id = passage_fts.rowid
            WHERE passage_fts.rowid IN (\(databaseQuestionMarks(count: rowids.count)))
            """
        let scorer = BM25(query: query, lexicon: lexicon, weights: weights)
        var candidates: [Candidate] = []
        candidates.reserveCapacity(rowids.count)
        // Cached by its text: the number of placeholders takes few values (mostly the candidate count).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(rowids))
        while let row = try rows.next() {
            let kind = PassageKind(rawValue: row[4]) ?? .summary
            var candidate = Candidate(rowid: row[0], relevance: 0)
            candidate.kind = kind
            candidate.term = TermSide(rawValue: row[5]) ?? .both
            candidate.articleID = row[6]
            candidate.article = lexicon.slugByArticleID[candidate.articleID] ?? ""
            candidate.texts = (row[1], row[2] ?? "", row[3])
            candidate.senseRank = row[7]
            var columns: [[MatchedWord]] = []
            for column in 1...3 {
                let text: String = row[column] ?? ""
                let words = matcher.matches(in: text)
                columns.append(words)
                for matched in words {
                    candidate.matchedWords.insert(matched.word)
                    candidate.matchedStems.insert(matched.stem)
                    if column == 1 {
                        candidate.headingStems.insert(matched.stem)
                        candidate.headingSequence.append(matched.stem)
                    }
                }
                if (kind == .definition && column == 2) || (kind == .example && column == 3) {
                    candidate.senseText = text
                }
                if kind == .faq && column == 1 {
                    candidate.asks = QueryIntent.asked(by: text)
                    if query.questionForm != nil { candidate.questionForm = QuestionForm.read(WordTokenizer.words(in: text, limit: 8)) }
                }
            }
            candidate.relevance = scorer.score(columns: columns, article: candidate.article, length: row[8])
            candidates.append(candidate)
        }
        return candidates
    }

    /// The hits of the page: the candidates' texts as read for scoring, their articles' titles
    /// and terms, and snippets.
    ///
    /// ```sql
    /// SELECT id, title, term_a, term_b FROM article WHERE id IN (…)
    /// ```
    private func hits(
        for page: [Candidate], query: AnalyzedQuery, matcher: PassageMatcher, explain: Bool, db: Database
    ) throws -> [Hit] {
        guard !page.isEmpty else { return [] }
        let ids = Array(Set(page.map(\.articleID)))
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
        for candidate in page {
            guard let article = articles[candidate.articleID] else { continue }
            let term: String? =
                switch candidate.term {
                case .a: article.termA
                case .b: article.termB
                case .both: nil
                }
            hits.append(
                Hit(
                    article: candidate.article, title: article.title, kind: candidate.kind, term: term,
                    heading: candidate.texts.heading, text: candidate.texts.body,
                    sense: candidate.kind == .example ? candidate.texts.context : nil,
                    snippet: matcher.snippet(of: candidate.texts.body),
                    score: candidate.score, corrected: !correctedStems.isDisjoint(with: candidate.matchedStems),
                    explanation: explain
                        ? Explanation(bm25: candidate.relevance, factors: candidate.factors, score: candidate.score) : nil))
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
