import Foundation

/// Runs a search against an open index: candidates (``CandidatePlan``), their rows, their
/// evidence and bm25 (``EvidenceReader``), ranking (``Ranker``), then the page's details.
struct Searcher: Sendable {
    /// `VERSUS_TRACE=1` prints each search's stage times on stderr, for profiling.
    static let tracing = ProcessInfo.processInfo.environment["VERSUS_TRACE"] == "1"

    var weights: RankingWeights
    var analyzer: QueryAnalyzer
    var lexicon: Lexicon

    func search(_ request: SearchRequest, in index: IndexReader) throws -> SearchResponse {
        let started = ContinuousClock.now
        let query = analyzer.analyze(request.query, prefix: request.prefix)
        var response = SearchResponse(
            query: request.query, hits: [], estimatedTotalHits: 0, limit: request.limit, offset: request.offset,
            processingTimeMs: 0, didYouMean: query.didYouMean)
        guard query.matchExpression != nil else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let filter = try SearchFilter(request: request, reader: index)
        guard !filter.excludesEverything else {
            response.processingTimeMs = started.millisecondsSince
            return response
        }
        let analyzed = started.millisecondsSince
        let plan = CandidatePlan(query: query, lexicon: lexicon, settings: weights.retrieval, filter: filter)
        let wanted = max(weights.retrieval.candidates, request.offset + request.limit)
        let selection = try plan.candidates(limit: wanted, in: index)
        let selected = started.millisecondsSince
        let matcher = PassageMatcher(query: query)
        let reader = EvidenceReader.of(query, matcher: matcher, lexicon: lexicon, weights: weights)
        let rows = try index.candidateRows(selection.rowids)
        let fetched = started.millisecondsSince
        let candidates = rows.map(reader.evidence(of:))
        let read = started.millisecondsSince
        let ranked = Ranker(weights: weights).rank(candidates, query: query, explain: request.explain)
        let rankedAt = started.millisecondsSince
        let page = ranked.dropFirst(request.offset).prefix(request.limit)
        response.hits = try hits(for: Array(page), query: query, matcher: matcher, explain: request.explain, in: index)
        if Self.tracing {
            let line = String(
                format: "trace analyze %.2f select %.2f (%d) rows %.2f evidence %.2f rank %.2f hits %.2f ms: %@\n", analyzed,
                selected - analyzed, selection.rowids.count, fetched - selected, read - fetched, rankedAt - read,
                started.millisecondsSince - rankedAt, request.query)
            FileHandle.standardError.write(Data(line.utf8))
        }
        response.estimatedTotalHits = selection.estimatedMatches
        response.processingTimeMs = started.millisecondsSince
        return response
    }

    /// The hits of the page: the passages' texts as read for scoring, their articles' titles
    /// and terms, and snippets.
    private func hits(
        for page: [RankedPassage], query: AnalyzedQuery, matcher: PassageMatcher, explain: Bool, in index: IndexReader
    ) throws -> [Hit] {
        guard !page.isEmpty else { return [] }
        let articles = try index.articles(ids: Set(page.map(\.evidence.articleID)))
        let correctedStems = matcher.vocabulary.set(
            of: query.corrections.flatMap { WordTokenizer.words(in: $0.to) }.map(PorterStemmer.stem))
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
