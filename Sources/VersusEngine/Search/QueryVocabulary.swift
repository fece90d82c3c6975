/// The stems a query can match — its terms' own and the words of their alternatives — numbered
/// in query order, so that what a passage holds of the query is sets of small numbers
/// (``StemSet``) and bits of terms, not sets of strings: a search reads a hundred passages or
/// more, and hashing their words' stems was a fifth of reading them.
///
/// Built from the analyzed query alone, so that the matcher, the evidence reader and the ranking
/// rules, each building it, number the stems alike.
struct QueryVocabulary: Sendable {
    /// The stems, by number.
    let stems: [String]
    private let numbers: [String: Int]
    /// Each term's own stem, by number.
    let termStems: [Int]
    /// Each term's alternatives, each as the set of its words' stems.
    let alternativeSets: [[StemSet]]
    /// Each term's one-word alternatives' stems: with its own, the forms that stand for the term
    /// as one word (in a phrase, in a question's word order).
    let oneWordForms: [StemSet]

    init(_ query: AnalyzedQuery) {
        var stems: [String] = []
        var numbers: [String: Int] = [:]
        func number(_ stem: String) -> Int {
            if let known = numbers[stem] { return known }
            numbers[stem] = stems.count
            stems.append(stem)
            return stems.count - 1
        }
        let termStems = query.terms.map { number($0.stem) }
        let alternativeSets = query.terms.map { term in
            term.alternatives.map { phrase in StemSet(phrase.map { number(PorterStemmer.stem($0)) }) }
        }
        oneWordForms = query.terms.indices.map { t in
            var forms = StemSet([termStems[t]])
            for (alternative, phrase) in zip(query.terms[t].alternatives, alternativeSets[t]) where alternative.count == 1 {
                forms.formUnion(phrase)
            }
            return forms
        }
        self.termStems = termStems
        self.alternativeSets = alternativeSets
        self.stems = stems
        self.numbers = numbers
    }

    /// The number of a stem the query can match; nil for any other.
    func number(of stem: String) -> Int? {
        numbers[stem]
    }

    /// The numbers of those of `stems` the query can match.
    func set(of stems: some Sequence<String>) -> StemSet {
        StemSet(stems.compactMap(number(of:)))
    }

    /// Bit `t` set for each term `t` that `stems` hold: its stem, or every word of one of its
    /// alternatives (``StemSet/holdsTerm(stem:alternatives:)``); the first 64 terms.
    func coveredTerms(within stems: StemSet) -> UInt64 {
        var bits: UInt64 = 0
        for t in termStems.indices.prefix(64) where stems.holdsTerm(stem: termStems[t], alternatives: alternativeSets[t]) {
            bits |= 1 << UInt64(t)
        }
        return bits
    }
}
