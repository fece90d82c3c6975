/// Every number that shapes the ranking, with the reason it has its value.
///
/// The values were tuned on the `tune` split of `Benchmarks/Quality/queries.tsv` with
/// `versus eval --split tune`, and checked on the held-out split.
public struct RankingWeights: Sendable, Equatable {
    // MARK: bm25 column weights

    /// `heading` (FAQ question, chart label, the term of a definition): a heading states what
    /// the passage is about, so a match there counts double.
    public var heading = 2.0
    /// `body`, the passage text: the reference weight.
    public var body = 1.0
    /// `context`, the sense an example illustrates: it explains the example but is not its
    /// text, so it counts less than the body.
    public var context = 0.5
    /// `terms` (the article's two terms, on every passage): naming a term routes to its
    /// article, but must not outweigh the passage's own words.
    public var terms = 1.0

    // MARK: Coverage

    /// How steeply a passage that covers only part of the query falls behind one that covers it
    /// all: the score is multiplied by `coverage ^ coverageExponent`, coverage being the share of
    /// the query's words the passage (with its heading, context and terms) contains. 2 puts a
    /// passage missing one word of three at 0.44 — an AND that still answers when no passage
    /// has every word.
    public var coverageExponent = 2.0

    // MARK: Term routing

    /// A passage of the article whose two terms the query names ("affect vs effect"): that
    /// article is what the person is asking about.
    public var namesBothTerms = 3.0
    /// A passage of an article one of whose terms the query names ("define affect").
    public var namesOneTerm = 1.5
    /// A definition or example about the very term named, over the other term's.
    public var aboutNamedTerm = 1.5

    // MARK: Intent priors on passage kind (boosts, never filters)

    /// The multiplier for a passage of `kind` under `intent`; 1 when the intent has no opinion.
    public func prior(for kind: PassageKind, under intent: QueryIntent) -> Double {
        switch (intent, kind) {
        // "X in a sentence": the sentence itself; its definition is a fair second.
        case (.example, .example): 4.0
        case (.example, .definition): 1.3
        // "meaning of X": the dictionary sense; an example shows it in use.
        case (.define, .definition): 3.0
        case (.define, .example): 1.2
        // "X vs Y": the one-line summary states the difference; key differences elaborate.
        case (.difference, .summary): 6.0
        case (.difference, .difference): 1.5
        // "which is faster, X or Y": the chart compares attributes; FAQs often ask the same.
        case (.attribute, .chart): 2.0
        case (.attribute, .faq): 1.5
        // A question is most often answered by an FAQ answer.
        case (.question, .faq): 1.5
        default: 1.0
        }
    }

    /// How many bm25-best passages are re-ranked; enough that a passage with every query word is
    /// among them even when frequent single words crowd the top.
    public var candidates = 200

    public init() {}

    public static let `default` = RankingWeights()
}
