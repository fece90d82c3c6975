/// Orders candidate passages: each passage's bm25 multiplied by the factor of every ranking rule.
struct Ranker: Sendable {
    /// The rules, in the order their factors multiply into the score. The order is part of the
    /// ranking: a product of floating-point numbers depends on it, and `--explain` lists the
    /// factors in it. A new rule is a file in `Ranking/Rules/`, a place here and a line in the
    /// README's rule list.
    static let rules: [any RankingRule.Type] = [
        CoverageRule.self,
        ArticleFitRule.self,
        SameQuestionRule.self,
        ExactHeadingRule.self,
        AttributeNamedRule.self,
        DifferenceLeadRule.self,
        QuestionFormRule.self,
        WordOrderRule.self,
        PhraseRule.self,
        ExactFormRule.self,
        IntentPriorRule.self,
        QuestionAsksRule.self,
        WordQuestionRule.self,
        SenseOrderRule.self,
        PartOfSpeechRule.self,
        SenseHintRule.self,
        QuantityRule.self,
        RoutingRule.self,
        NamedTermRule.self,
        ExampleUsesTermRule.self,
    ]

    let weights: RankingWeights
    /// ``rules`` with their weights set.
    let rules: [any RankingRule]

    init(weights: RankingWeights) {
        self.weights = weights
        rules = Self.rules.map { $0.init(weights) }
    }

    /// Orders `passages`, best first (ties by rowid); with `explain`, each keeps its factors and
    /// their reasons.
    func rank(_ passages: [PassageEvidence], query: AnalyzedQuery, explain: Bool = false) -> [RankedPassage] {
        let query = RankingQuery(query, weights: weights, explained: explain)
        let scored = Self.withArticleCoverage(Self.withSenseExamples(passages, query: query), query: query).map {
            score($0, query: query)
        }
        // The order is sorted as positions, not as passages: moving a passage moves its row and
        // its sets, and a search sorts over a hundred of them.
        let order = scored.indices.sorted { a, b in
            let (x, y) = (scored[a], scored[b])
            return x.score != y.score ? x.score > y.score : x.evidence.rowid < y.evidence.rowid
        }
        return order.map { scored[$0] }
    }

    /// In a request for a meaning, each definition with the query words and phrases of its own
    /// sense's example sentences among the candidates, and their bm25 if higher when they add a
    /// word (not a stop word that some article makes a term: "in") or a phrase (an example's row
    /// holds its sense's definition as context: its bm25 is the whole sense's; an example that
    /// only repeats the term lends none). A sense is its definition and the sentence that shows
    /// it, so "kernel of truth meaning" is answered by the definition whose example reads "There
    /// is a kernel of truth in every rumor", not by that example.
    static func withSenseExamples(_ passages: [PassageEvidence], query: RankingQuery) -> [PassageEvidence] {
        guard query.intent == .define else { return passages }
        struct Sense: Hashable {
            var article: Int64
            var term: TermSide
            var rank: Int?
        }
        var examples: [Sense: (covered: UInt64, phrases: Int, bm25: Double)] = [:]
        for passage in passages where passage.kind == .example {
            let sense = Sense(article: passage.articleID, term: passage.term, rank: passage.senseRank)
            let known = examples[sense] ?? (0, 0, 0)
            examples[sense] = (
                known.covered | passage.coveredTerms, max(known.phrases, passage.phrasesHeld), max(known.bm25, passage.bm25)
            )
        }
        guard !examples.isEmpty else { return passages }
        let words = query.terms.filter { !StopWords.contains($0.term.word) }.reduce(UInt64(0)) { $0 | $1.bit }
        var passages = passages
        for index in passages.indices where passages[index].kind == .definition {
            let passage = passages[index]
            guard let example = examples[Sense(article: passage.articleID, term: passage.term, rank: passage.senseRank)]
            else { continue }
            let adds = example.covered & ~passage.coveredTerms & words != 0 || example.phrases > passage.phrasesHeld
            passages[index].coveredTerms |= example.covered
            passages[index].phrasesHeld = max(passage.phrasesHeld, example.phrases)
            if adds { passages[index].bm25 = max(passage.bm25, example.bm25) }
        }
        return passages
    }

    /// The passages with ``PassageEvidence/articleCoverage`` set: the share of the query's weight
    /// held by the words of all the passages of the same article (in a request for a meaning or
    /// an example of a named term, of the term's words: see ``ArticleFitRule``).
    static func withArticleCoverage(_ passages: [PassageEvidence], query: RankingQuery) -> [PassageEvidence] {
        let asksForSense = query.intent.asksForSense
        let named = query.terms.filter(\.term.namesTerm)
        let terms = asksForSense && !named.isEmpty ? named : query.terms
        let total = RankingQuery.weight(of: terms)
        guard total > 0 else { return passages }
        var stemsByArticle: [Int64: StemSet] = [:]
        for passage in passages { stemsByArticle[passage.articleID, default: StemSet()].formUnion(passage.matchedStems) }
        let coverageByArticle = stemsByArticle.mapValues { stems in
            RankingQuery.weight(of: terms.filter { $0.isCovered(within: stems) }) / total
        }
        var passages = passages
        for index in passages.indices {
            passages[index].articleCoverage = coverageByArticle[passages[index].articleID] ?? 1
        }
        return passages
    }

    /// The passage's bm25 times each rule's factor, in the order of ``rules``. The factors and
    /// their reasons are kept only when the query is explained, so that ranking costs no string
    /// building.
    func score(_ passage: PassageEvidence, query: RankingQuery) -> RankedPassage {
        var score = passage.bm25
        var factors: [RankingFactor] = []
        for rule in rules {
            guard let factor = rule.factor(for: passage, in: query) else { continue }
            score *= factor.value
            if let reason = factor.reason { factors.append(RankingFactor(name: rule.name, value: factor.value, reason: reason)) }
        }
        return RankedPassage(evidence: passage, score: score, factors: factors)
    }
}

/// A passage with its score: bm25 times every rule's factor.
struct RankedPassage: Sendable {
    var evidence: PassageEvidence
    var score: Double
    /// The factors with their reasons, kept only when the search is explained.
    var factors: [RankingFactor]
}
