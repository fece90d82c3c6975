/// `intent`: the passage kind the query's intent asks for ("meaning of X": a definition; "X vs
/// Y": the summary). A boost, never a filter: the other kinds still compete.
struct IntentPriorRule: RankingRule {
    static let name = "intent"

    /// "X in a sentence": the sentence itself.
    var exampleWantsExample = 8.0
    /// …and its definition is a fair second.
    var exampleWantsDefinition = 1.3
    /// "meaning of X": the dictionary sense.
    var defineWantsDefinition = 3.0
    /// …and an example shows the sense in use.
    var defineWantsExample = 1.2
    /// "X vs Y": the one-line summary states the difference.
    var differenceWantsSummary = 6.0
    /// …but not when the query adds an aspect the summary does not mention ("type 1 vs type 2
    /// diabetes treatment differences"): a key-difference paragraph or chart row about it answers.
    var differenceWantsSummaryWithoutAspect = 2.0
    /// …and the key differences elaborate it.
    var differenceWantsDifference = 1.5
    /// …and answer the query that names both terms (or one, when it names no pair), writes
    /// "differ", "different" or "difference" and adds an aspect that the paragraph holds ("how do
    /// communism and socialism differ on private property", read as a question about an
    /// attribute): none of the 97 quality-set queries that write such a word asks for a chart row,
    /// while a chart row that names the aspect otherwise wins on its shortness.
    var differenceWordWantsDifference = 3.0
    /// "which is faster, X or Y": the chart compares attributes.
    var attributeWantsChart = 1.5
    /// …and FAQs often ask the very same thing.
    var attributeWantsFAQ = 1.5
    /// A question ("is email asynchronous?") is most often answered by an FAQ answer…
    var questionWantsFAQ = 1.5
    /// …or by a chart row when it asks about one attribute ("does the flu come on suddenly"). A
    /// little more than an FAQ: a chart row is short and states the attribute outright, while an
    /// FAQ's longer answer matches more of a question's incidental words.
    var questionWantsChart = 2.0

    static let weightsByName: WeightsByName = [
        "exampleWantsExample": \.exampleWantsExample, "exampleWantsDefinition": \.exampleWantsDefinition,
        "defineWantsDefinition": \.defineWantsDefinition, "defineWantsExample": \.defineWantsExample,
        "differenceWantsSummary": \.differenceWantsSummary,
        "differenceWantsSummaryWithoutAspect": \.differenceWantsSummaryWithoutAspect, "differenceWantsDifference": \.differenceWantsDifference,
        "differenceWordWantsDifference": \.differenceWordWantsDifference,
        "attributeWantsChart": \.attributeWantsChart, "attributeWantsFAQ": \.attributeWantsFAQ,
        "questionWantsFAQ": \.questionWantsFAQ, "questionWantsChart": \.questionWantsChart,
    ]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        if passage.kind == .summary, query.intent == .difference, Self.missesAnAspect(passage, query) {
            return query.factor(
                differenceWantsSummaryWithoutAspect, "difference query favours summary passages, but this one misses a word it adds")
        }
        if passage.kind == .difference, query.writesDifference, query.intent != .define, query.intent != .example,
            let named = query.analyzed.namedArticles[passage.article], named == .both || !query.namesAPair,
            query.aspects(besides: passage.articleTermStems, countingPairSides: false).contains(where: { $0.isCovered(by: passage) })
        {
            return query.factor(
                differenceWordWantsDifference, "the query asks how the terms differ in an aspect this paragraph holds")
        }
        let prior = prior(for: passage.kind, under: query.intent)
        guard prior != 1 else { return nil }
        return query.factor(prior, "\(query.intent.rawValue) query favours \(passage.kind.rawValue) passages")
    }

    /// Whether the query adds an aspect to the article's terms that the passage does not hold.
    static func missesAnAspect(_ passage: PassageEvidence, _ query: RankingQuery) -> Bool {
        query.aspects(besides: passage.articleTermStems).contains { !$0.isCovered(by: passage) }
    }

    /// The multiplier for a passage of `kind` under `intent`; 1 when the intent has no opinion.
    func prior(for kind: PassageKind, under intent: QueryIntent) -> Double {
        switch (intent, kind) {
        case (.example, .example): exampleWantsExample
        case (.example, .definition): exampleWantsDefinition
        case (.define, .definition): defineWantsDefinition
        case (.define, .example): defineWantsExample
        case (.difference, .summary): differenceWantsSummary
        case (.difference, .difference): differenceWantsDifference
        case (.attribute, .chart): attributeWantsChart
        case (.attribute, .faq): attributeWantsFAQ
        case (.question, .faq): questionWantsFAQ
        case (.question, .chart): questionWantsChart
        default: 1.0
        }
    }
}
