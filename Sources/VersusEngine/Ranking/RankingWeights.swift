/// Every number that shapes the ranking, with the reason it has its value.
///
/// The values were tuned on the `tune` split of `Benchmarks/Quality/queries.tsv` with
/// `versus eval --split tune`, and checked on the held-out split.
public struct RankingWeights: Sendable, Equatable {
    // MARK: bm25 column weights

    /// `heading` (FAQ question, chart label, the term of a definition): a heading states what
    /// the passage is about, so a match there counts double.
    public var heading = 4.0
    /// `body`, the passage text: the reference weight.
    public var body = 1.0
    /// `context`, the sense an example illustrates: it explains the example but is not its
    /// text, so it counts less than the body.
    public var context = 0.25
    /// `terms` (the article's two terms, on every passage): naming a term routes to its
    /// article, but must not outweigh the passage's own words.
    public var terms = 0.5

    // MARK: Coverage

    /// How steeply a passage that covers only part of the query falls behind one that covers it
    /// all: the score is multiplied by `coverage ^ coverageExponent`, coverage being the share of
    /// the query's words the passage (with its heading, context and terms) contains. 2 puts a
    /// passage missing one word of three at 0.44 — an AND that still answers when no passage
    /// has every word.
    public var coverageExponent = 1.0

    // MARK: Spelling

    /// A corrected word weighs this much of what it would as typed, in bm25 and in coverage: a
    /// correction is a guess against the index's words ("zoom" becomes "zoos" in an index without
    /// "zoom"), and the words typed as they are say more surely what is asked.
    public var correctedWord = 0.5

    /// How much of its weight a query term keeps in bm25 and coverage: less for a correction.
    func share(of term: QueryTerm) -> Double { term.isCorrection ? correctedWord : 1 }

    // MARK: Term routing

    /// A passage of the article whose two terms the query names ("affect vs effect"): that
    /// article is what the person is asking about.
    public var namesBothTerms = 3.0
    /// A passage of an article one of whose terms the query names ("how much sunscreen…"): the
    /// article is likely the subject, though a word of the query may belong to another ("body").
    /// Tune and the unseen-articles set gain article@1 from 1.3 to 2; 3 starts to lose passages.
    public var namesOneTerm = 1.5
    /// A definition or example about the very term named, over the other term's.
    public var aboutNamedTerm = 1.5

    // MARK: Sense order

    /// Each later sense of a term divides a definition's or example's score by `1 + laterSense ×
    /// rank`: dictionaries list the primary senses first, and without other clues people mean those.
    public var laterSense = 0.3

    /// A definition or example whose sense reads as the part of speech the query asks for
    /// ("effect used as a verb": a sense that starts "To …").
    public var partOfSpeech = 2.0

    // MARK: Intent priors on passage kind (boosts, never filters)

    /// "X in a sentence": the sentence itself.
    public var exampleWantsExample = 8.0
    /// …and its definition is a fair second.
    public var exampleWantsDefinition = 1.3
    /// "meaning of X": the dictionary sense.
    public var defineWantsDefinition = 3.0
    /// …and an example shows the sense in use.
    public var defineWantsExample = 1.2
    /// "X vs Y": the one-line summary states the difference.
    public var differenceWantsSummary = 6.0
    /// …and the key differences elaborate it.
    public var differenceWantsDifference = 1.5
    /// "X vs Y in learning": a chart row whose label holds the word the query adds to both terms
    /// names the attribute asked about. Half the summary's prior: the row also covers the added
    /// word, which the summary rarely does, and that settles it (3 to 9 rank alike).
    public var differenceNamesAttribute = 3.0
    /// "which is faster, X or Y": the chart compares attributes.
    public var attributeWantsChart = 1.5
    /// …and FAQs often ask the very same thing.
    public var attributeWantsFAQ = 1.5
    /// A question ("is email asynchronous?") is most often answered by an FAQ answer…
    public var questionWantsFAQ = 1.5
    /// …or by a chart row when it asks about one attribute ("does the flu come on suddenly"). A
    /// little more than an FAQ: a chart row is short and states the attribute outright, while an
    /// FAQ's longer answer matches more of a question's incidental words.
    public var questionWantsChart = 2.0

    /// An FAQ whose question asks what the query asks — a meaning ("What does 'agreed in
    /// principle' mean?") or a usage example — is a definition or example in question form.
    public var questionAsksTheSame = 1.5

    /// An FAQ whose question holds the query's words, under a question: the score is multiplied
    /// by `1 + questionMatchesFAQ × share`, share being the part of the query's weight found in
    /// the question itself. People ask what the FAQ asks; a word only in its answer counts less.
    public var questionMatchesFAQ = 1.0

    /// An FAQ whose question opens as the query does ("who…", "why…", "how often…"; see
    /// ``QuestionForm``): a reworded question keeps what it asks for.
    public var sameQuestionForm = 1.3

    /// An FAQ whose question holds consecutive query words only in the other order: the score is
    /// divided by `1 + questionWordOrder × share` of the query's word pairs. Bags of words cannot
    /// tell "Git without GitHub" from "GitHub without Git".
    public var questionWordOrder = 0.3

    /// A passage that states an amount (a digit, a number word) when the question asks for one
    /// ("how many years…", "how long…"): a "how many" question answered without a number is not
    /// answered. As telling as the passage kind; the tune split gains from 1.6 to 3 alike.
    public var statesQuantity = 2.0

    /// A passage that holds the query's words as typed ("netted", "laying"), not only words of
    /// the same stem: the score is multiplied by `1 + exactForm × share` of the matched weight.
    public var exactForm = 0.5

    /// The multiplier for a passage of `kind` under `intent`; 1 when the intent has no opinion.
    public func prior(for kind: PassageKind, under intent: QueryIntent) -> Double {
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

    /// How many passages the first stage passes to full scoring (besides the named articles'
    /// and the all-words ones). Reading and scoring one costs about 8 µs; the quality set scores
    /// the same from 30 up, so 60 leaves a margin.
    public var candidates = 60

    /// How many passages the rare words of one query may list in all. Words whose passages
    /// together exceed it are left to the AND step of ``CandidatePlan``: listing costs about 30 ns
    /// a passage, so 10,000 keeps it near a third of a millisecond.
    public var enumerationBudget = 10_000

    /// How many articles named by the query have all their matching passages considered.
    public var namedArticlesSearched = 8

    public init() {}

    public static let `default` = RankingWeights()

    /// The tunable weights by name, for experiments (`versus eval --set name=value`).
    /// Key paths are immutable values; the dictionary is never mutated.
    nonisolated(unsafe) public static let names: [String: WritableKeyPath<RankingWeights, Double>] = [
        "heading": \.heading, "body": \.body, "context": \.context, "terms": \.terms,
        "coverageExponent": \.coverageExponent, "namesBothTerms": \.namesBothTerms, "namesOneTerm": \.namesOneTerm,
        "aboutNamedTerm": \.aboutNamedTerm, "laterSense": \.laterSense, "partOfSpeech": \.partOfSpeech,
        "exampleWantsExample": \.exampleWantsExample, "exampleWantsDefinition": \.exampleWantsDefinition,
        "defineWantsDefinition": \.defineWantsDefinition, "defineWantsExample": \.defineWantsExample,
        "differenceWantsSummary": \.differenceWantsSummary, "differenceWantsDifference": \.differenceWantsDifference,
        "attributeWantsChart": \.attributeWantsChart, "attributeWantsFAQ": \.attributeWantsFAQ,
        "questionWantsFAQ": \.questionWantsFAQ, "questionWantsChart": \.questionWantsChart,
        "questionAsksTheSame": \.questionAsksTheSame, "questionMatchesFAQ": \.questionMatchesFAQ,
        "exactForm": \.exactForm, "sameQuestionForm": \.sameQuestionForm, "questionWordOrder": \.questionWordOrder, "differenceNamesAttribute": \.differenceNamesAttribute, "correctedWord": \.correctedWord, "statesQuantity": \.statesQuantity,
    ]

    /// The tunable counts by name.
    nonisolated(unsafe) public static let countNames: [String: WritableKeyPath<RankingWeights, Int>] = [
        "candidates": \.candidates, "enumerationBudget": \.enumerationBudget,
        "namedArticlesSearched": \.namedArticlesSearched,
    ]

    /// Sets a weight by name; `name=value`.
    public mutating func set(_ assignment: String) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2, let path = Self.countNames[parts[0]], let value = Int(parts[1]), value > 0 {
            self[keyPath: path] = value
            return
        }
        guard parts.count == 2, let path = Self.names[parts[0]], let value = Double(parts[1]), value.isFinite else {
            throw VersusError.invalidParameter(
                name: "weight", reason: "expected name=number with a name among \((Array(Self.names.keys) + Array(Self.countNames.keys)).sorted().joined(separator: ", "))")
        }
        self[keyPath: path] = value
    }
}
