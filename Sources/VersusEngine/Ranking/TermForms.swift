/// A query term with what the rules compare passages against, computed once per query: its
/// place, its stems by their numbers in the query's vocabulary, and its weight.
struct TermForms: Sendable {
    var term: QueryTerm
    /// The term's place in the query: its bit in ``PassageEvidence/coveredTerms``.
    let index: Int
    /// Its own stem's number in the query's vocabulary (``QueryVocabulary``).
    let stem: Int
    /// Its alternatives, each as the set of its words' stems.
    let alternatives: [StemSet]
    /// Its own stem and its one-word alternatives' stems: the forms that stand for it as one word.
    let oneWordForms: StemSet
    /// The term's weight in coverage: its inverse passage frequency, less for a spelling
    /// correction (``CorrectedWordShare``).
    var weight: Double

    init(_ index: Int, of query: AnalyzedQuery, vocabulary: QueryVocabulary, share: CorrectedWordShare = CorrectedWordShare()) {
        term = query.terms[index]
        self.index = index
        stem = vocabulary.termStems[index]
        alternatives = vocabulary.alternativeSets[index]
        oneWordForms = vocabulary.oneWordForms[index]
        weight = term.weight * share.share(of: term)
    }

    /// The term's bit in a set of terms (0 past the first 64; a query keeps at most 32).
    var bit: UInt64 { index < 64 ? 1 << UInt64(index) : 0 }

    /// Whether the matched words of `passage` include the term: its stem, a word it is the
    /// prefix of (for the word being typed), or all the words of one of its alternatives.
    func isCovered(by passage: PassageEvidence) -> Bool {
        passage.coveredTerms & bit != 0
    }

    /// Whether `stems` include the term's stem or all the words of one of its alternatives.
    func isCovered(within stems: StemSet) -> Bool {
        stems.holdsTerm(stem: stem, alternatives: alternatives)
    }

    /// Whether the stem numbered `stem` is the term's or a one-word alternative's.
    func isForm(_ stem: Int) -> Bool {
        oneWordForms.contains(stem)
    }
}
