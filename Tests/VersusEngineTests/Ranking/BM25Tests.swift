import Testing
@testable import VersusEngine

/// ``BM25``'s length normalization: a summary or key-difference paragraph is long or short
/// against the mean of its own kind; any other passage against the mean of the whole index.
struct BM25Tests {
    /// Long differences (50 tokens) among short summaries, definitions and chart rows (10): the
    /// index-wide mean is 80 / 4 tokens.
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:], articles: [("tea-vs-coffee", "Tea", "Coffee")],
        passageFrequency: ["caffein": 1], passageCount: 4,
        lengthsByKind: [
            .difference: PassageLengths(passages: 1, tokens: 50),
            .summary: PassageLengths(passages: 1, tokens: 10),
            .definition: PassageLengths(passages: 1, tokens: 10),
            .chart: PassageLengths(passages: 1, tokens: 10),
        ],
        slugByArticleID: [1: "tea-vs-coffee"])

    static func bm25(of kind: PassageKind, length: Int, weights: RankingWeights = .default) -> Double {
        let query = QueryAnalyzer(lexicon: lexicon).analyze("caffeine")
        let row = CandidateRow(
            rowid: 1, heading: nil, body: "Caffeine keeps you awake.", context: nil, kind: kind, term: .both,
            articleID: 1, senseRank: nil, length: length)
        return EvidenceReader.of(query, matcher: PassageMatcher(query: query), lexicon: lexicon, weights: weights)
            .evidence(of: row).bm25
    }

    @Test func theIndexKeepsEachKindsMeanLength() {
        #expect(Self.lexicon.averagePassageLength == 20)
        #expect(Self.lexicon.averageLengthByKind == [.difference: 50, .summary: 10, .definition: 10, .chart: 10])
    }

    /// The same words over the same length score by how long the passage is for its kind.
    @Test(arguments: [
        // kind, length, compared with a definition of that length (index-wide mean 20)
        (PassageKind.difference, 50, ">"),  // of its kind's mean length: average, not long
        (.difference, 20, ">"),  // shorter than its kind's mean: short, not average
        (.summary, 20, "<"),  // twice its kind's mean: long, not average
        (.summary, 10, "<"),  // of its kind's mean: average, not short
        (.chart, 20, "="),  // chart rows, FAQs, definitions and examples take the index-wide mean
        (.faq, 30, "="),
        (.example, 20, "="),
    ])
    func aPassageIsLongOrShortAgainstItsKind(kind: PassageKind, length: Int, order: String) {
        let own = Self.bm25(of: kind, length: length)
        let indexWide = Self.bm25(of: .definition, length: length)
        switch order {
        case ">": #expect(own > indexWide)
        case "<": #expect(own < indexWide)
        default: #expect(own == indexWide)
        }
    }

    @Test func withTheKindAverageOffEveryKindTakesTheIndexWideMean() throws {
        var off = RankingWeights()
        try off.set("kindAverage=0")
        for kind in PassageKind.allCases {
            #expect(Self.bm25(of: kind, length: 50, weights: off) == Self.bm25(of: .definition, length: 50, weights: off))
        }
    }
}
