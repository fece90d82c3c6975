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
    /// The terms that weigh, in query order: not the stop words kept only as evidence ("does",
    /// "or"), whose order says nothing of what is asked.
    let weighingTerms: [TermForms]
    /// For each of ``weighingTerms`` but the last, whether the query joins it to the next with
    /// "or", "and" or "vs" ("udp or tcp"): a pair whose order says nothing.
    let joinedToNext: [Bool]
    /// Whether the query asks about a word itself: its part of speech, another word for it… (``WordQuestion``).
    let asksAboutWords: Bool
    /// The terms that can say what aspect of a pair the query asks about ("caffeine" in "tea vs
    /// coffee caffeine"): not stop words or intent markers, which on a large site are kept as
    /// some article's terms ("between", "or"), nor the words of spelling corrections, which may
    /// be wrong guesses at a term ("metor": "motor"). A rule leaves out the words of its
    /// passage's own terms.
    let aspectCandidates: [TermForms]
    /// The words written beside "vs", "or", "versus"… (``pairSides(in:corrections:)``).
    let pairSides: Set<String>
    /// Whether the query writes a word of "differ" ("different", "differences", "differently"),
    /// as typed or as corrected: not only "vs" or "between".
    let writesDifference: Bool

    init(_ analyzed: AnalyzedQuery, weights: RankingWeights = .default, explained: Bool = false) {
        let share = CorrectedWordShare(weights)
        self.analyzed = analyzed
        isExplained = explained
        let vocabulary = QueryVocabulary(analyzed)
        self.vocabulary = vocabulary
        terms = analyzed.terms.indices.map { TermForms($0, of: analyzed, vocabulary: vocabulary, share: share) }
        totalWeight = Self.weight(of: terms)
        let words = WordTokenizer.words(in: analyzed.text, limit: QueryAnalyzer.maximumTerms * 4)
        weighingTerms = terms.filter { $0.term.weight > 0 }
        joinedToNext = Self.joinedToNext(weighingTerms.map(\.term), in: words)
        // As typed, and as corrected ("synonim for tea": "synonym").
        asksAboutWords = WordQuestion.asksAboutTheWord(words) || WordQuestion.asksAboutTheWord(analyzed.terms.map(\.word))
        let typed = Set(words)
        let corrected = Set(analyzed.corrections.flatMap { WordTokenizer.words(in: $0.to) }).subtracting(typed)
        aspectCandidates = terms.filter { forms in
            let word = forms.term.word
            return !corrected.contains(word) && !StopWords.contains(word) && QueryIntent.markerWords[word] == nil
                && !QueryIntent.framingWords.contains(word)
        }
        pairSides = Self.pairSides(in: words, corrections: analyzed.corrections)
        writesDifference = Self.writesDifference(words + analyzed.corrections.flatMap { WordTokenizer.words(in: $0.to) })
    }

    /// Whether `words` hold a word of "differ" that asks how things differ: not "different" after
    /// "a", "an" or "another" ("if i move to a different state").
    static func writesDifference(_ words: [String]) -> Bool {
        words.indices.contains { i in
            words[i].hasPrefix("differ") && PorterStemmer.stem(words[i]) == "differ"
                && !(words[i] == "different" && i > 0 && ["a", "an", "another"].contains(words[i - 1]))
        }
    }

    /// Whether the query names both terms of some article.
    var namesAPair: Bool { analyzed.namedArticles.values.contains(.both) }

    /// The aspect words the query adds to the terms of an article with `termStems`; without
    /// `countingPairSides`, not the words written as a side of a pair ("cordwainer" in "cobbler vs
    /// cordwainer" is an aspect of "Cobbler vs. Crisp" that its summary misses, yet not one its
    /// paragraphs' leads should be chosen by).
    func aspects(besides termStems: [String], countingPairSides: Bool = true) -> [TermForms] {
        let termForms = vocabulary.set(of: termStems)
        return aspectCandidates.filter { aspect in
            // Not a term in other words ("wifi" for the term "Wi-Fi").
            !termStems.contains(aspect.term.stem) && !aspect.isCovered(within: termForms)
                && (countingPairSides || !pairSides.contains(aspect.term.word))
        }
    }

    /// The words written right beside a pair's connective ("franchise vs lisence": franchise,
    /// and licence as corrected): the sides of the pair the query asks about.
    static func pairSides(in words: [String], corrections: [Correction]) -> Set<String> {
        var sides = Set<String>()
        for (i, word) in words.enumerated() where Lexicon.pairConnectives.contains(word) {
            if i > 0 { sides.insert(words[i - 1]) }
            if i + 1 < words.count { sides.insert(words[i + 1]) }
        }
        for correction in corrections where sides.contains(correction.from) {
            sides.formUnion(WordTokenizer.words(in: correction.to))
        }
        return sides
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
