/// Makes the evidence the ranking rules read from a candidate's row: which query words its
/// heading, body and context hold (matched in Swift by ``PassageMatcher``), what an FAQ's
/// question asks for, and its bm25.
struct EvidenceReader {
    let query: AnalyzedQuery
    let matcher: PassageMatcher
    let lexicon: Lexicon
    /// The query's bm25 over the lexicon, with the column weights.
    let bm25: BM25

    /// The stems that stand for each phrase's two terms: their own and their one-word alternatives'.
    let phraseForms: [(Set<String>, Set<String>)]
    /// The stems of every query term and of its alternatives' words.
    let queryForms: Set<String>

    /// The reader of `query`'s evidence; bm25 with the column weights of `weights`.
    static func of(_ query: AnalyzedQuery, matcher: PassageMatcher, lexicon: Lexicon, weights: RankingWeights) -> Self {
        func forms(_ term: QueryTerm) -> Set<String> {
            Set([term.stem] + term.alternatives.filter { $0.count == 1 }.map { PorterStemmer.stem($0[0]) })
        }
        return Self(
            query: query, matcher: matcher, lexicon: lexicon, bm25: BM25(query: query, lexicon: lexicon, weights: weights),
            phraseForms: query.phrases.map { (forms(query.terms[$0.first]), forms(query.terms[$0.second])) },
            queryForms: Set(query.terms.flatMap { [$0.stem] + $0.alternatives.flatMap { $0.map(PorterStemmer.stem) } }))
    }

    func evidence(of row: CandidateRow) -> PassageEvidence {
        let article = lexicon.articleIndexByID[row.articleID].map { lexicon.articles[$0] }
        var evidence = PassageEvidence(row: row, article: article?.slug ?? "")
        evidence.articleTermStems = article?.stems ?? []
        switch row.kind {
        case .definition: evidence.senseText = row.body
        case .example: evidence.senseText = row.context ?? ""
        default: break
        }
        let columns = [row.heading ?? "", row.body, row.context ?? ""].map(matcher.matches(in:))
        if !query.phrases.isEmpty {
            evidence.phrasesHeld = query.phrases.indices.filter { phrase in columns.contains { holds(phrase, $0) } }.count
        }
        let matchedCount = columns.reduce(0) { $0 + $1.count }
        evidence.matchedWords.reserveCapacity(matchedCount)
        evidence.matchedStems.reserveCapacity(matchedCount)
        for (column, words) in columns.enumerated() {
            for matched in words {
                evidence.matchedWords.insert(matched.word)
                evidence.matchedStems.insert(matched.stem)
                if column == 0 {
                    evidence.headingStems.insert(matched.stem)
                    evidence.headingSequence.append(matched.stem)
                } else if column == 1 {
                    evidence.bodyStems.insert(matched.stem)
                }
            }
        }
        // Read only where ``ExactHeadingRule`` applies: not in a request for a meaning or an example.
        if row.kind == .faq || row.kind == .chart, query.intent != .define, query.intent != .example,
            let heading = row.heading, !evidence.headingStems.isEmpty
        {
            evidence.headingHoldsNothingElse = WordTokenizer.words(in: heading, limit: 16).allSatisfy { word in
                QueryAnalyzer.asksHow(word) || StopWords.contains(word) || queryForms.contains(PorterStemmer.stem(word))
            }
        }
        if row.kind == .faq {
            let question = row.heading ?? ""
            evidence.asks = QueryIntent.asked(by: question)
            if query.questionForm != nil {
                evidence.questionForm = QuestionForm.read(WordTokenizer.words(in: question, limit: 8))
            }
        }
        evidence.bm25 = bm25.score(columns: columns, articleTermStems: evidence.articleTermStems, length: row.length)
        return evidence
    }

    /// Whether the matched words of one text hold the query's phrase: a form of its first term,
    /// then a form of its second exactly as many words later as in the query.
    private func holds(_ phrase: Int, _ matched: [MatchedWord]) -> Bool {
        let (first, second) = phraseForms[phrase]
        let gap = query.phrases[phrase].gap
        let seconds = Set(matched.lazy.filter { second.contains($0.stem) }.map(\.position))
        return matched.contains { first.contains($0.stem) && seconds.contains($0.position + gap) }
    }
}
