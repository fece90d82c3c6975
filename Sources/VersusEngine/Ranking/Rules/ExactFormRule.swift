/// `exactForm`: a passage that holds the query's words as typed ("netted", "laying"), not only
/// words of the same stem ("net", "lay"); more so an example sentence that holds, as typed, a
/// form of its article's term that the article does not write ("crowing", "sprained" for the
/// terms Crow and Sprain): the form says which use of the term is asked for ("crowing in a
/// sentence": to boast, not the bird). Not a sense's definition: "a hash function" says nothing
/// of how "hash" is used; nor a bare stem ("hash" for Hashing), nor the term written another way
/// ("golfers" for Golfer's).
struct ExactFormRule: RankingRule {
    static let name = "exactForm"

    /// The score is multiplied by `1 + exactForm × share`, share being the part of the matched
    /// query weight whose words appear as typed: up to ×1.5.
    var exactForm = 0.5

    /// An example sentence holding another form of its article's term as typed. Every example of
    /// the term holds the term's stem; only those of that use hold the form, so it outweighs a
    /// later sense's place (``SenseOrderRule``: ×0.625 at the third).
    var inflectedTerm = 1.5

    static let weightsByName: WeightsByName = ["exactForm": \.exactForm, "inflectedTerm": \.inflectedTerm]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let exact = passage.coveredTerms & passage.typedTerms
        let exactWeight = query.weight(ofTerms: exact)
        guard exactWeight > 0 else { return nil }
        let typed = 1 + exactForm * (exactWeight / query.weight(ofTerms: passage.coveredTerms))
        let inflection = passage.kind != .example ? nil : query.terms.first { forms in
            passage.typedBodyTerms & forms.bit != 0 && forms.term.word != forms.term.stem && forms.term.alternatives.isEmpty
                && passage.articleTermStems.contains(forms.term.stem) && !passage.articleTermWords.contains(forms.term.word)
        }
        guard let inflection else {
            return query.factor(typed, "\(exact.nonzeroBitCount) of its matched query words appear as typed, not only by stem")
        }
        return query.factor(
            typed * inflectedTerm,
            "\(exact.nonzeroBitCount) of its matched query words appear as typed, not only by stem, "
                + "'\(inflection.term.word)' a form of its term that the article does not write")
    }
}
