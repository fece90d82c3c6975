import Foundation

/// `articleFit`: a passage of an article whose competing passages together hold the query's
/// words, before one whose article holds only some of them. At 100,000 articles nearly every
/// word is some article's term, and a short passage of another article ("How many meanings does
/// dog bite have?") can hold the query's most frequent words and nothing else; the article that
/// answers holds the rest too ("is it dangerous if my dog bites a toad": toads, dogs, bite).
///
/// The article's coverage is the share of the query's weight (as in ``CoverageRule``) held by the
/// union of its candidate passages' words: every passage of a named article that matches, the
/// best-scored ones of others. In a request for a meaning or an example of a named term, only
/// the term's words count: the words after it say which sense, often in other words than the
/// article's ("stock meaning in finance"). Passages of one article share the factor, so it never
/// reorders them among themselves.
struct ArticleFitRule: RankingRule {
    static let name = "articleFit"

    /// The score is multiplied by `articleCoverage ^ articleFitExponent`: at 1, an article holding
    /// half the query's weight keeps a quarter of its passages' scores at 2. With ``CoverageRule``'s
    /// own factor, a lone passage of another article weighs its coverage cubed. At 100,000
    /// articles, 2 answers more of every quality set than 0 (off), 0.5, 1 and 1.5 (passage@1 of
    /// the bundled set 0.704 off, 0.729 at 1, 0.736 at 2); alone the sets rank alike but for one
    /// bundled query whose rarest word only another article holds.
    var articleFitExponent = 2.0

    static let weightsByName: WeightsByName = ["articleFitExponent": \.articleFitExponent]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard passage.articleCoverage < 1 else { return nil }
        let coverage = max(passage.articleCoverage, CoverageRule.minimumCoverage)
        return query.factor(
            pow(coverage, articleFitExponent),
            "its article's passages hold \(Int((coverage * 100).rounded()))% of the query's weight")
    }
}
