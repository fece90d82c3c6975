/// Makes the evidence the ranking rules read from a candidate's row: which query words its
/// heading, body and context hold (matched in Swift by ``PassageMatcher``), what an FAQ's
/// question asks for, and its bm25.
struct EvidenceReader {
    let query: AnalyzedQuery
    let matcher: PassageMatcher
    let lexicon: Lexicon
    let bm25: BM25

    init(query: AnalyzedQuery, matcher: PassageMatcher, lexicon: Lexicon, weights: RankingWeights) {
        self.query = query
        self.matcher = matcher
        self.lexicon = lexicon
        bm25 = BM25(query: query, lexicon: lexicon, weights: weights)
    }

    func evidence(of row: CandidateRow) -> PassageEvidence {
        var evidence = PassageEvidence(
            rowid: row.rowid, bm25: 0, kind: row.kind, term: row.term, article: lexicon.slugByArticleID[row.articleID] ?? "",
            articleID: row.articleID, senseRank: row.senseRank, heading: row.heading, body: row.body, context: row.context)
        switch row.kind {
        case .definition: evidence.senseText = row.body
        case .example: evidence.senseText = row.context ?? ""
        default: break
        }
        let columns = [row.heading ?? "", row.body, row.context ?? ""].map(matcher.matches(in:))
        for (column, words) in columns.enumerated() {
            for matched in words {
                evidence.matchedWords.insert(matched.word)
                evidence.matchedStems.insert(matched.stem)
                if column == 0 {
                    evidence.headingStems.insert(matched.stem)
                    evidence.headingSequence.append(matched.stem)
                }
            }
        }
        if row.kind == .faq {
            let question = row.heading ?? ""
            evidence.asks = QueryIntent.asked(by: question)
            if query.questionForm != nil {
                evidence.questionForm = QuestionForm.read(WordTokenizer.words(in: question, limit: 8))
            }
        }
        evidence.bm25 = bm25.score(columns: columns, article: evidence.article, length: row.length)
        return evidence
    }
}
