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
    let phraseForms: [(StemSet, StemSet)]

    /// The reader of `query`'s evidence; bm25 with the column weights of `weights`.
    static func of(_ query: AnalyzedQuery, matcher: PassageMatcher, lexicon: Lexicon, weights: RankingWeights) -> Self {
        let forms = matcher.vocabulary.oneWordForms
        return Self(
            query: query, matcher: matcher, lexicon: lexicon, bm25: BM25(query: query, lexicon: lexicon, weights: weights),
            phraseForms: query.phrases.map { (forms[$0.first], forms[$0.second]) })
    }

    func evidence(of row: CandidateRow) -> PassageEvidence {
        let article = lexicon.articleIndexByID[row.articleID].map { lexicon.articles[$0] }
        var evidence = PassageEvidence(row: row, article: article?.slug ?? "")
        evidence.articleTermStems = article?.stems ?? []
        evidence.articleTermWords = article?.words ?? []
        switch row.kind {
        case .definition: evidence.senseText = row.body
        case .example: evidence.senseText = row.context ?? ""
        default: break
        }
        let columns = [row.heading ?? "", row.body, row.context ?? ""].map(matcher.matches(in:))
        if !query.phrases.isEmpty {
            evidence.phrasesHeld = query.phrases.indices.filter { phrase in columns.contains { holds(phrase, $0) } }.count
        }
        var prefixedTerms: UInt64 = 0
        // Read only where ``DifferenceLeadRule`` applies: in an article the query names.
        let leadWords = row.kind == .difference && !query.namedArticles.isEmpty ? Self.leadWordCount(of: row.body) : 0
        for (column, words) in columns.enumerated() {
            for matched in words {
                evidence.typedTerms |= matched.typedTerms
                prefixedTerms |= matched.prefixedTerms
                guard let stem = matched.stem else { continue }
                evidence.matchedStems.insert(stem)
                if column == 0 {
                    evidence.headingStems.insert(stem)
                    evidence.headingSequence.append(stem)
                } else if column == 1 {
                    evidence.bodyStems.insert(stem)
                    evidence.typedBodyTerms |= matched.typedTerms
                    if matched.position < leadWords { evidence.leadStems.insert(stem) }
                }
            }
        }
        evidence.coveredTerms = matcher.vocabulary.coveredTerms(within: evidence.matchedStems) | prefixedTerms
        // Read only where ``ExactHeadingRule`` applies: not in a request for a meaning or an example.
        if row.kind == .faq || row.kind == .chart, query.intent != .define, query.intent != .example,
            let heading = row.heading, !evidence.headingStems.isEmpty
        {
            evidence.headingHoldsNothingElse = WordTokenizer.words(in: heading, limit: 16).allSatisfy { word in
                QueryAnalyzer.asksHow(word) || StopWords.contains(word) || matcher.holdsQueryStem(word)
            }
        }
        if row.kind == .chart, query.questionForm != nil, let label = row.heading {
            evidence.questionForm = QuestionForm.answered(byLabel: WordTokenizer.words(in: label, limit: 8))
        }
        if row.kind == .faq {
            let question = row.heading ?? ""
            evidence.asks = QueryIntent.asked(by: question)
            evidence.asksAboutTheWord = WordQuestion.asksAboutTheWord(question: question)
            if query.questionForm != nil {
                evidence.questionForm = QuestionForm.read(WordTokenizer.words(in: question, limit: 8))
            }
        }
        evidence.bm25 = bm25.score(columns: columns, articleTermStems: evidence.articleTermStems, kind: row.kind, length: row.length)
        return evidence
    }

    /// A first sentence this short states what its paragraph is about ("The second difference is
    /// air."); a longer one is already its content.
    static let maximumLeadWords = 12

    /// How many words a paragraph's lead has: those of its first sentence (before the first `.`,
    /// `?` or `!` that a space follows), or 0 when that sentence is longer than
    /// ``maximumLeadWords``.
    static func leadWordCount(of text: String) -> Int {
        var text = text
        let end = text.withUTF8 { bytes -> Int in
            guard bytes.count > 1 else { return bytes.count }
            for index in 0..<(bytes.count - 1) where bytes[index + 1] == 0x20 {
                let byte = bytes[index]
                if byte == 0x2E || byte == 0x3F || byte == 0x21 { return index }
            }
            return bytes.count
        }
        let count = WordTokenizer.words(in: String(decoding: text.utf8.prefix(end), as: UTF8.self), limit: maximumLeadWords + 1).count
        return count <= maximumLeadWords ? count : 0
    }

    /// Whether the matched words of one text hold the query's phrase: a form of its first term,
    /// then a form of its second exactly as many words later as in the query.
    private func holds(_ phrase: Int, _ matched: [MatchedWord]) -> Bool {
        let (first, second) = phraseForms[phrase]
        let gap = query.phrases[phrase].gap
        for word in matched {
            guard let stem = word.stem, first.contains(stem) else { continue }
            let wanted = word.position + gap
            if matched.contains(where: { $0.position == wanted && $0.stem.map(second.contains) == true }) { return true }
        }
        return false
    }
}
