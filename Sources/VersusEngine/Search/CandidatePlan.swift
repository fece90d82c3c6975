
/// Chooses which passages to score, without ever scoring every passage that contains a
/// frequent word.
///
/// `ORDER BY bm25(…) LIMIT k` computes bm25 for every passage that matches, and `bm25()` itself
/// first counts every passage of each query word; at millions of passages a common word costs
/// tens or hundreds of milliseconds. Here FTS5 only lists rowids, which is cheap, and the scoring
/// happens in Swift on a few hundred candidates:
/// 1. **Rare words.** The query's rarest words, as many as fit in
///    ``Settings/enumerationBudget`` passages together, have all their passages listed;
///    each passage scores the summed IDF of the rare words it contains. A passage that holds a
///    word too frequent to list (in at most ``Settings/besideFrequentCeiling`` passages) beside a
///    listed one adds that word's IDF: one FTS5 `AND` of the two groups, so that among thousands
///    of passages holding one rare word alone those holding more of the query come first. The
///    best `limit` (at least ``Settings/candidates``) go on.
/// 2. **Named articles.** Every passage whose own text (not the `terms` column, which holds the
///    article's terms on every passage) matches, of the first ``Settings/namedArticlesSearched``
///    articles whose terms the query names, those that it names most fully first, then those
///    with the best passage of step 1 (``Lexicon/namedArticlesStanding(_:fit:)``; in a request
///    for a meaning or an example, up to ``Settings/namedArticlesSearchedAmongEquals`` when the
///    next stand as the last of those does; an
///    article's passages are a rowid range: a few seeks; a word step 1 listed is taken from its
///    list, not sought again).
/// 3. **Phrases.** The first ``Settings/phraseMatches`` passages that hold each of the query's
///    phrases (FTS5 phrase queries, or `NEAR` around a small word inside: see
///    ``QueryPhrase/matchExpression``; a phrase of two common words is rare). Not for
///    a phrase with a stop word ("first in"): FTS5 reads the stop word's positions in every
///    passage of the other word, milliseconds for a few passages that the ranking still finds;
///    nor when both words are in more passages than ``Settings/enumerationBudget``.
/// 4. **All words together.** When some words were too frequent for step 1, the first passages
///    that contain every query word (AND, in rowid order, stopped at the limit).
/// 5. **Fallback.** When nothing above found anything, the first passages with any query word.
/// Steps 2 to 4 leave stop words out when other words remain: nearly every passage holds them.
/// The candidates are then read and scored alike by the ranker: the steps only decide who competes.
struct CandidatePlan {
    let query: AnalyzedQuery
    let lexicon: Lexicon
    let settings: Settings
    let filter: SearchFilter

    /// How many passages compete, and how they are chosen: retrieval limits, settable by name
    /// like the ranking's weights (`versus eval --set candidates=100`).
    struct Settings: Sendable, Equatable {
        /// How many passages the first stage passes to full scoring (besides the named articles'
        /// and the all-words ones). Reading and scoring one costs about 8 µs; the quality set
        /// scores the same from 30 up, so 60 leaves a margin.
        var candidates = 60

        /// How many passages the rare words of one query may list in all. Words whose passages
        /// together exceed it are left to the AND step: listing costs about 30 ns a passage, so
        /// 10,000 keeps it near a third of a millisecond.
        var enumerationBudget = 10_000

        /// How many articles named by the query have all their matching passages considered,
        /// fullest first. At 100,000 articles 8 answered one query more of each quality set than
        /// 3, with twice the candidates (each read and scored: about 8 µs).
        var namedArticlesSearched = 3

        /// In a request for a meaning or an example, how many named articles are searched in all
        /// when those after the first ``namedArticlesSearched`` stand exactly as the last of them
        /// (``Lexicon/NamedStanding``). Such a query says little but the term, so the articles
        /// that name it tie, and among equals the order is by slug, which says nothing: at
        /// 100,000 articles "scallion in a sentence" names five, and "Scallion vs. Shallot" came
        /// fourth. Other requests add words that fit one article better. Searching five for every
        /// request answered as many more (passage@1 up in 12 of 15 quality sets, by up to 0.014)
        /// but made the query mix about 10% slower.
        var namedArticlesSearchedAmongEquals = 5

        /// How many named articles, in the order they would be searched, are probed for the rest of
        /// the query when step 1 listed none of their passages.
        var namedArticlesProbed = 12

        /// How many passages each phrase of the query brings. At 100,000 articles a phrase of two
        /// common words ("common law") is held by about 200 passages, most by a handful.
        var phraseMatches = 100

        /// The most passages a word too frequent to list may be in for step 1 to look for it
        /// beside the listed words: four times the enumeration budget. At 100,000 articles the
        /// look adds 3–6% to the query mix's median and answers 2 to 6 more queries of each quality
        /// set; 0 turns it off.
        var besideFrequentCeiling = 40_000

        /// The limits by the name `versus eval --set` knows them by.
        static let limitsByName: [String: WritableKeyPath<Self, Int> & Sendable] = [
            "candidates": \.candidates, "enumerationBudget": \.enumerationBudget,
            "namedArticlesSearched": \.namedArticlesSearched, "phraseMatches": \.phraseMatches,
            "namedArticlesProbed": \.namedArticlesProbed, "besideFrequentCeiling": \.besideFrequentCeiling,
            "namedArticlesSearchedAmongEquals": \.namedArticlesSearchedAmongEquals,
        ]
    }

    struct Selection {
        var rowids: [Int64]
        /// How many passages match at least one query word: exact when every word was listed,
        /// otherwise the largest word's passage count (a lower bound).
        var estimatedMatches: Int
    }

    func candidates(limit: Int, in index: IndexReader) throws -> Selection {
        guard let all = query.matchExpression else { return Selection(rowids: [], estimatedMatches: 0) }
        var guaranteed: [Int64] = []

        if filter.articleRange != nil {
            // One article: all its matching passages, a few dozen at most.
            let rowids = try fetch(match: all, limit: nil, in: index)
            return Selection(rowids: rowids, estimatedMatches: rowids.count)
        }

        // Stop words still count in the ranking, but choose nothing: nearly every passage holds
        // them, and walking their doclists costs milliseconds.
        let selective = query.terms.filter { !StopWords.contains($0.word) }
        let choosing = selective.isEmpty ? query.terms : selective

        // 1. Rare words, all their passages.
        let frequencies = query.terms.map { lexicon.passageFrequency(of: $0) }
        let order = query.terms.indices.sorted { frequencies[$0] < frequencies[$1] }
        var budget = settings.enumerationBudget
        var lists: [Scored] = []
        var listedRowids: [String: [Int64]] = [:]
        for position in order {
            let term = query.terms[position]
            budget -= frequencies[position]
            guard budget >= 0 else { break }
            let idf = lexicon.inverseFrequency(of: term)
            let rowids = try fetch(match: term.matchExpression, limit: nil, in: index)
            listedRowids[term.word] = rowids
            lists.append(Scored(rowids: rowids, scores: Array(repeating: idf, count: rowids.count)))
        }
        let listed = lists.count
        // Listed words beside frequent ones (the frequent words' least IDF: which of them a
        // passage holds is not listed).
        let frequent = order.dropFirst(listed).filter { position in
            !StopWords.contains(query.terms[position].word) && frequencies[position] <= settings.besideFrequentCeiling
        }
        let rare = order.prefix(listed).filter { !StopWords.contains(query.terms[$0].word) }
        if !frequent.isEmpty, !rare.isEmpty {
            func any(_ positions: some Sequence<Int>) -> String {
                "(" + positions.map { query.terms[$0].matchExpression }.joined(separator: " OR ") + ")"
            }
            let rowids = try fetch(match: any(frequent) + " AND " + any(rare), limit: nil, in: index)
            let idf = frequent.map { lexicon.inverseFrequency(of: query.terms[$0]) }.min() ?? 0
            lists.append(Scored(rowids: rowids, scores: Array(repeating: idf, count: rowids.count)))
        }
        let score = Scored.sum(lists)
        let everyWordListed = listed == query.terms.count
        let matches = everyWordListed ? score.count : min(frequencies.max() ?? 0, lexicon.passageCount)

        // 2. Named articles.
        // An article that step 1 could not judge holds none of the words it listed: a probe looks
        // for the others only (each word costs FTS5 a seek, found or not).
        let unlisted = choosing.filter { listedRowids[$0.word] == nil }
        let named = try namedArticlesInOrder(fitting: score, probing: unlisted, in: index)
        let amongEquals = query.intent.asksForSense
        for slug in Self.searched(named, settings: settings, amongEquals: amongEquals) {
            guard let range = try lexicon.passageRange(ofArticle: slug) ?? index.passageRange(ofArticle: slug) else { continue }
            guaranteed += try ownTextMatches(of: choosing, inArticle: slug, range: range, listed: listedRowids, in: index)
        }
        // 3. Phrases.
        for phrase in query.phrases where !phrase.holdsStopWord(of: query.terms) {
            // FTS5 reads both words' positions in every passage of the rarer one until it has
            // found enough: where both are in more passages than step 1 may list, a rare phrase
            // of two common words ("wordnet senses") costs tens of milliseconds.
            let rarer = min(frequencies[phrase.first], frequencies[phrase.second])
            guard rarer <= settings.enumerationBudget else { continue }
            guaranteed += try fetch(match: phrase.matchExpression, limit: settings.phraseMatches, in: index)
        }
        // 4. Every word, when some were too frequent to list.
        if !everyWordListed, choosing.count > 1 {
            let and = choosing.map(\.matchExpression).joined(separator: " AND ")
            guaranteed += try fetch(match: and, limit: limit, in: index)
        }

        var best = Self.top(limit, of: score)
        var seen = Set(best)
        for rowid in guaranteed where seen.insert(rowid).inserted { best.append(rowid) }
        // 5. Anything at all.
        if best.isEmpty {
            best = try fetch(match: all, limit: limit, in: index)
        }
        return Selection(rowids: best, estimatedMatches: max(matches, best.count))
    }

    /// The articles the query names, in the order step 2 searches them: fullest naming first,
    /// then best fit — the best passage step 1 scored in the article, or, for an article step 1
    /// could not judge (the rest of the query too frequent to list), ``probedFit`` when a probe
    /// finds any of `probing` (the words step 1 did not list) beside its own terms in it at all.
    private func namedArticlesInOrder(
        fitting score: Scored, probing: [QueryTerm], in index: IndexReader
    ) throws -> [(slug: String, standing: Lexicon.NamedStanding)] {
        var fit: [String: Double] = [:]
        for slug in query.namedArticles.keys {
            fit[slug] = lexicon.passageRange(ofArticle: slug).map { score.best(in: $0) } ?? 0
        }
        let named = lexicon.namedArticlesStanding(query.namedArticles) { fit[$0] ?? 0 }
        var probed = false
        for slug in named.prefix(settings.namedArticlesProbed).map(\.slug) where fit[slug] == 0 {
            guard let article = lexicon.articleBySlug[slug], let range = lexicon.passageRange(ofArticle: slug) else { continue }
            let own = lexicon.articles[article].stems
            let others = probing.filter { term in !own.contains(term.stem) }
            guard !others.isEmpty else { continue }
            let match = others.map(\.matchExpression).joined(separator: " OR ")
            if try !fetch(match: match, limit: 1, range: range, in: index).isEmpty {
                fit[slug] = Self.probedFit
                probed = true
            }
        }
        return probed ? lexicon.namedArticlesStanding(query.namedArticles) { fit[$0] ?? 0 } : named
    }

    /// The slugs of the named articles step 2 searches: the first ``Settings/namedArticlesSearched``,
    /// and after them when `amongEquals`, up to ``Settings/namedArticlesSearchedAmongEquals`` in
    /// all, those that stand as the last of them does.
    static func searched(
        _ named: [(slug: String, standing: Lexicon.NamedStanding)], settings: Settings, amongEquals: Bool
    ) -> [String] {
        let first = min(settings.namedArticlesSearched, named.count)
        guard first > 0 else { return [] }
        var count = first
        while amongEquals, count < min(settings.namedArticlesSearchedAmongEquals, named.count),
            named[count].standing == named[first - 1].standing
        {
            count += 1
        }
        return named.prefix(count).map(\.slug)
    }

    /// The passages of a named article (`range`) whose own text holds a word of `terms`: in a named
    /// article every passage holds its terms in the `terms` column, so only those whose heading,
    /// body or context holds a query word compete. A word that step 1 listed (`listed`) and that
    /// cannot match the article's terms is in the same passages there as anywhere: they are taken
    /// from its list, and FTS5 seeks only the others (a seek costs 10–25 µs a word, found or not).
    ///
    /// ```sql
    /// … WHERE passage_fts MATCH '{heading body context} : (w1 OR w2 …)' AND rowid BETWEEN ? AND ?
    /// ```
    private func ownTextMatches(
        of terms: [QueryTerm], inArticle slug: String, range: ClosedRange<Int64>, listed: [String: [Int64]],
        in index: IndexReader
    ) throws -> [Int64] {
        let own = lexicon.articleBySlug[slug].map { Set(lexicon.articles[$0].stems) }
        var found: [Int64] = []
        var sought: [QueryTerm] = []
        for term in terms {
            if let own, let rowids = listed[term.word], !term.isPrefix, !Self.mayMatch(term, stems: own) {
                found += rowids[Self.positions(of: range, in: rowids)]
            } else {
                sought.append(term)
            }
        }
        if !sought.isEmpty {
            let match = "{heading body context} : (" + sought.map(\.matchExpression).joined(separator: " OR ") + ")"
            found += try fetch(match: match, limit: nil, range: range, in: index)
        }
        return Set(found).sorted()
    }

    /// Whether any form of `term` (its word, the words of its alternatives) has one of `stems`.
    private static func mayMatch(_ term: QueryTerm, stems: Set<String>) -> Bool {
        stems.contains(term.stem) || term.alternatives.contains { $0.contains { stems.contains(PorterStemmer.stem($0)) } }
    }

    /// The positions of the rowids of an ascending list that fall in `range`, by binary search.
    static func positions(of range: ClosedRange<Int64>, in rowids: [Int64]) -> Range<Int> {
        var low = 0
        var high = rowids.count
        while low < high {
            let middle = (low + high) / 2
            if rowids[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < rowids.count, rowids[end] <= range.upperBound { end += 1 }
        return low..<end
    }

    /// The fit of a named article whose probe found the rest of the query in it: above none,
    /// below any passage that step 1 scored (an IDF is at least about 0.7 at a passage in two).
    static let probedFit = 1e-3

    /// Passages with scores, in ascending rowid order.
    struct Scored {
        var rowids: [Int64] = []
        var scores: [Double] = []

        var count: Int { rowids.count }

        /// The best score among the rowids in `range` (0 when none is): by binary search.
        func best(in range: ClosedRange<Int64>) -> Double {
            CandidatePlan.positions(of: range, in: rowids).reduce(0.0) { max($0, scores[$1]) }
        }

        /// The union of lists in ascending rowid order, each rowid scored with the sum of its
        /// scores in every list: merged two by two (n log k for k lists), with no hashing.
        static func sum(_ lists: [Scored]) -> Scored {
            var lists = lists
            while lists.count > 1 {
                var merged: [Scored] = []
                merged.reserveCapacity((lists.count + 1) / 2)
                for pair in stride(from: 0, to: lists.count, by: 2) {
                    merged.append(pair + 1 < lists.count ? merge(lists[pair], lists[pair + 1]) : lists[pair])
                }
                lists = merged
            }
            return lists.first ?? Scored()
        }

        private static func merge(_ a: Scored, _ b: Scored) -> Scored {
            var result = Scored()
            result.rowids.reserveCapacity(a.count + b.count)
            result.scores.reserveCapacity(a.count + b.count)
            var i = 0
            var j = 0
            while i < a.count || j < b.count {
                if j == b.count || (i < a.count && a.rowids[i] < b.rowids[j]) {
                    result.rowids.append(a.rowids[i])
                    result.scores.append(a.scores[i])
                    i += 1
                } else if i == a.count || b.rowids[j] < a.rowids[i] {
                    result.rowids.append(b.rowids[j])
                    result.scores.append(b.scores[j])
                    j += 1
                } else {
                    result.rowids.append(a.rowids[i])
                    result.scores.append(a.scores[i] + b.scores[j])
                    i += 1
                    j += 1
                }
            }
            return result
        }
    }

    /// The `count` best-scored rowids, best first (ties by rowid), without sorting them all.
    static func top(_ count: Int, of scored: Scored) -> [Int64] {
        var entries = zip(scored.scores, scored.rowids).map { (score: $0, rowid: $1) }
        func better(_ a: (score: Double, rowid: Int64), _ b: (score: Double, rowid: Int64)) -> Bool {
            a.score != b.score ? a.score > b.score : a.rowid < b.rowid
        }
        if entries.count > count * 4 {
            // Keep the entries at least as good as the count-th best of a sample threshold pass.
            // An entry that is not better than the count-th best so far (ties broken by rowid, as
            // in the final order) can never make the cut.
            var kept: [(score: Double, rowid: Int64)] = []
            kept.reserveCapacity(count * 4)
            var threshold: (score: Double, rowid: Int64)?
            for entry in entries where threshold.map({ better(entry, $0) }) ?? true {
                kept.append(entry)
                if kept.count >= count * 4 {
                    kept.sort(by: better)
                    kept.removeLast(kept.count - count)
                    threshold = kept.last
                }
            }
            entries = kept
        }
        entries.sort(by: better)
        return entries.prefix(count).map(\.rowid)
    }

    /// Rowids of the passages that match `match` within the filter (and `range`), in ascending
    /// rowid order, optionally stopped at `limit` (``IndexReader/rowids(matching:filter:range:limit:)``).
    private func fetch(match: String, limit: Int?, range: ClosedRange<Int64>? = nil, in index: IndexReader) throws -> [Int64] {
        try index.rowids(matching: match, filter: filter, range: range, limit: limit)
    }
}
