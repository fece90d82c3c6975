import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// The hand-written JSON of search and ask responses is byte for byte what `JSONEncoder` prints,
/// so that the fast path changes no output.
@Suite struct JSONWriterTests {
    var index: ArticleIndex { TestSupport.corpusIndex }

    static func assertSameBytes(_ value: some Encodable & JSONWritable, _ comment: Comment) throws {
        let written = String(decoding: try VersusJSON.encode(value), as: UTF8.self)
        let encoded = String(decoding: try VersusJSON.encodeThroughFoundation(value), as: UTF8.self)
        #expect(written == encoded, comment)
    }

    /// Every query of the quality set, searched (every third with explanations, every fifth as
    /// typed so far) and asked.
    @Test func responsesToTheQualitySetMatchJSONEncoder() throws {
        let text = try String(contentsOfFile: QualityTests.queriesPath, encoding: .utf8)
        let queries = try QualityQuery.parse(tsv: text, file: QualityTests.queriesPath)
        #expect(queries.count >= 250)
        for (i, query) in queries.enumerated() {
            let request = SearchRequest(query: query.query, limit: 10, prefix: i % 5 == 0, explain: i % 3 == 0)
            try Self.assertSameBytes(try index.search(request), "search \(query.query)")
            try Self.assertSameBytes(try index.ask(query.query), "ask \(query.query)")
        }
        try Self.assertSameBytes(try index.ask("zzzz qqqq"), "an ask with no answer")
    }

    static let awkwardStrings: [String?] = [
        nil, "", "plain", "quote \" and backslash \\ and slash /", "line\nbreak\ttab\rreturn",
        "controls \u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}", "unicode é ñ 中文 😀 \u{2028}\u{2029} e\u{301}",
        "<script>alert('x')</script> & more",
    ]

    static let awkwardNumbers: [Double] = [0, -0.0, 1, 12.5, 0.1, 1e-7, 2.5e-5, 1e15, 1e16, 1e21, 123_456_789, 15.9655, 1e300]

    @Test(arguments: awkwardStrings)
    func stringsMatchJSONEncoder(_ text: String?) throws {
        let hit = Hit(
            article: text ?? "a", title: text ?? "t", kind: .faq, term: text, heading: text, text: text ?? "",
            sense: text, snippet: Snippet(segments: [.init(text: text ?? "", isMatch: true)]), score: 1)
        let response = SearchResponse(
            query: text ?? "", hits: [hit], estimatedTotalHits: 1, limit: 10, offset: 0, processingTimeMs: 0.5,
            didYouMean: text)
        try Self.assertSameBytes(response, "\(String(describing: text))")
    }

    @Test(arguments: awkwardNumbers)
    func numbersMatchJSONEncoder(_ number: Double) throws {
        let factor = RankingFactor(name: "n", value: number, reason: "r")
        let hit = Hit(
            article: "a", title: "t", kind: .chart, term: nil, heading: nil, text: "x", sense: nil,
            snippet: Snippet(segments: []), score: number,
            explanation: Explanation(bm25: number, factors: [factor], score: number))
        let response = SearchResponse(
            query: "q", hits: [hit], estimatedTotalHits: 3, limit: 1, offset: 2, processingTimeMs: number,
            didYouMean: nil)
        try Self.assertSameBytes(response, "\(number)")
    }
}
