/// How much of its weight a query term keeps in bm25 and coverage: less for a spelling
/// correction (``QueryTerm/isCorrection``).
struct CorrectedWordShare: TunableWeights {
    /// A corrected word weighs this much of what it would as typed, in bm25 and in coverage: a
    /// correction is a guess against the index's words ("zoom" becomes "zoos" in an index without
    /// "zoom"), and the words typed as they are say more surely what is asked.
    var correctedWord = 0.5

    static let weightsByName: WeightsByName = ["correctedWord": \.correctedWord]

    /// The share of its weight `term` keeps: ``correctedWord`` for a correction, else all of it.
    func share(of term: QueryTerm) -> Double { term.isCorrection ? correctedWord : 1 }
}
