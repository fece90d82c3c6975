/// A query term with what the rules compare passages against, computed once per query: its
/// place, its stems in the query's vocabulary and its weight.
struct TermForms: Sendable {
    var term: QueryTerm
    /// The term's place in the query: its bit in ``PassageEvidence/coveredTerms``.
    var index: Int
    /// The query's stems, numbered; the term's own and its alternatives' are among them.
    let vocabulary: QueryVocabulary
    /// The term's weight in coverage: its inverse passage frequency, less for a spelling
    /// correction (``CorrectedWordShare``).
    var weight: Double

    init(_ index: Int, of query: AnalyzedQuery, vocabulary: QueryVocabulary, share: CorrectedWordShare = CorrectedWordShare()) {
        term = query.terms[index]
        self.index = index
        self.vocabulary = vocabulary
        weight = term.weight * share.share(of: term)
    }

    private var bit: UInt64 { index < 64 ? 1 << UInt64(index) : 0 }

    /// Whether the matched words of `passage` include the term: its stem, a word it is the
    /// prefix of (for the word being typed), or all the words of one of its alternatives.
    func isCovered(by passage: PassageEvidence) -> Bool {
        passage.coveredTerms & bit != 0
    }

    /// Whether `passage` holds the term exactly as typed.
    func isTyped(in passage: PassageEvidence) -> Bool {
        passage.typedTerms & bit != 0
    }

    /// Whether `stems` include the term's stem or all the words of one of its alternatives.
    func isCovered(within stems: StemSet) -> Bool {
        vocabulary.covers(index, within: stems)
    }

    /// Whether the stem numbered `stem` is the term's or a one-word alternative's.
    func isForm(_ stem: Int) -> Bool {
        vocabulary.oneWordForms[index].contains(stem)
    }
}
