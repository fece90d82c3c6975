/// The analyzed query as the ranking rules read it, with what they share computed once per query.
struct RankingQuery: Sendable {
    let analyzed: AnalyzedQuery
    /// The query's terms, in query order, with their stems and weights.
    let terms: [TermForms]
    /// The stems the query can match, numbered as in the passages' evidence.
    let vocabulary: QueryVocabulary
    /// The terms' summed weight: what coverage and the heading's share are fractions of.
    let totalWeight: Double
    /// Whether the search is explained: the rules' factors then carry their reasons.
    let isExplained: Bool
    /// For each term but the last, whether the query joins it to the next with "or", "and" or
    /// "vs" ("udp or tcp"): a pair whose order says nothing.
    let joinedToNext: [Bool]
    /// Whether the query asks about a word itself: its part of speech, another word for it… (``WordQuestion``).
    let asksAboutWords: Bool

    init(_ analyzed: AnalyzedQuery, weights: RankingWeights = .default, explained: Bool = false) {
        let share = CorrectedWordShare(weights)
        self.analyzed = analyzed
        isExplained = explained
        let vocabulary = QueryVocabulary(analyzed)
        self.vocabulary = vocabulary
        terms = analyzed.terms.indices.map { TermForms($0, of: analyzed, vocabulary: vocabulary, share: share) }
        totalWeight = Self.weight(of: terms)
        let words = WordTokenizer.words(in: analyzed.text, limit: QueryAnalyzer.maximumTerms * 4)
        joinedToNext = Self.joinedToNext(analyzed.terms, in: words)
        // As typed, and as corrected ("synonim for tea": "synonym").
        asksAboutWords = WordQuestion.asksAboutTheWord(words) || WordQuestion.asksAboutTheWord(analyzed.terms.map(\.word))
    }

    /// Whether each term is followed in `words` by a pair's connective and then the next term.
    static func joinedToNext(_ terms: [QueryTerm], in words: [String]) -> [Bool] {
        terms.indices.dropLast().map { t in
            guard let at = words.firstIndex(of: terms[t].word), at + 2 < words.count else { return false }
            return Lexicon.pairConnectives.contains(words[at + 1]) && words[at + 2] == terms[t + 1].word
        }
    }

    var intent: QueryIntent { analyzed.intent }

    /// Whether the query is a question about something (`question` or `attribute` intent), the
    /// intents under which an FAQ's question or a chart row's label is read for the query's words.
    var asksAQuestion: Bool { intent == .question || intent == .attribute }

    /// The summed weight of the terms whose bits are set in `bits` (a passage's
    /// ``PassageEvidence/coveredTerms``, say).
    func weight(ofTerms bits: UInt64) -> Double {
        var total = 0.0
        for term in terms where bits & term.bit != 0 { total += term.weight }
        return total
    }

    /// A rule's factor; `reason` is evaluated only when the search is explained.
    func factor(_ value: Double, _ reason: @autoclosure () -> String) -> RankingRuleFactor {
        RankingRuleFactor(value: value, reason: isExplained ? reason() : nil)
    }

    /// The summed weight of `terms`.
    static func weight(of terms: [TermForms]) -> Double {
        terms.reduce(0) { $0 + $1.weight }
    }
}
