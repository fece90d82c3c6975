/// A query term with what the rules compare passages against, computed once per query: the
/// stems of its alternatives and its weight.
struct TermForms: Sendable {
    var term: QueryTerm
    /// The stems of each alternative (a synonym or a form Porter stems apart), word by word.
    var alternativeStems: [[String]]
    /// The term's weight in coverage: its inverse passage frequency, less for a spelling
    /// correction (``CorrectedWordShare``).
    var weight: Double

    init(_ term: QueryTerm, share: CorrectedWordShare = CorrectedWordShare()) {
        self.term = term
        alternativeStems = term.alternatives.map { $0.map(PorterStemmer.stem) }
        weight = term.weight * share.share(of: term)
    }

    /// Whether the matched words of `passage` include the term: its stem, a word it is the
    /// prefix of (for the word being typed), or all the words of one of its alternatives.
    func isCovered(by passage: PassageEvidence) -> Bool {
        if term.isPrefix, passage.matchedWords.contains(where: { $0.hasPrefix(term.word) }) { return true }
        return isCovered(within: passage.matchedStems)
    }

    /// Whether `stems` include the term's stem or all the words of one of its alternatives.
    func isCovered(within stems: Set<String>) -> Bool {
        if stems.contains(term.stem) { return true }
        return alternativeStems.contains { phrase in phrase.allSatisfy(stems.contains) }
    }

    /// Whether `stem` is the term's stem or a one-word alternative's.
    func isForm(_ stem: String) -> Bool {
        stem == term.stem || alternativeStems.contains { $0.count == 1 && $0[0] == stem }
    }
}
