import Foundation

/// `coverage`: a passage that holds all of the query's words before one that holds some.
///
/// Coverage is the share of the query's weight (each word weighs its inverse passage frequency,
/// less for a correction) whose words the passage's heading, text or context contain: an AND
/// that still answers when no passage has every word. It applies to every passage.
struct CoverageRule: RankingRule {
    static let name = "coverage"

    /// The score is multiplied by `coverage ^ coverageExponent`: at 1, the share itself, a
    /// passage missing one word of three equally rare ones keeps 0.67 of its score. 2 (0.44)
    /// ranks worse on the tune split.
    var coverageExponent = 1.0

    /// The least coverage a passage is given, so that a passage that holds (almost) none of the
    /// query's weight never scores zero: its bm25 still orders it among its like.
    static let minimumCoverage = 0.05

    static let weightsByName: WeightsByName = ["coverageExponent": \.coverageExponent]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let covered = passage.coveredTerms
        let coverage = query.totalWeight > 0 ? max(query.weight(ofTerms: covered) / query.totalWeight, Self.minimumCoverage) : 1
        return query.factor(
            pow(coverage, coverageExponent),
            "contains \(covered.nonzeroBitCount) of \(query.terms.count) query words (\(Int((coverage * 100).rounded()))% of their weight)")
    }
}
