import Testing
@testable import VersusEngine

/// Small inputs for the ranking rules' tests, made apart from the bundled corpus so that an
/// edit of an article cannot move a rule's test: queries analyzed against a lexicon of two
/// articles, and passages described in a line, read into evidence as a search reads them.
enum RuleFixtures {
    /// Two articles, "Tea vs Coffee" (row id 1) and "Git vs GitHub" (row id 2). No vocabulary
    /// and no passage counts: no word is corrected, and every query word weighs 1.
    static let lexicon = Lexicon(
        generation: 0, wordFrequency: [:],
        articles: [("tea-vs-coffee", "Tea", "Coffee"), ("git-vs-github", "Git", "GitHub"), ("smell-vs-odor", "Smell", "Odor")],
        slugByArticleID: [1: "tea-vs-coffee", 2: "git-vs-github", 3: "smell-vs-odor"])

    static func query(_ text: String) -> AnalyzedQuery {
        QueryAnalyzer(lexicon: lexicon).analyze(text)
    }

    /// The evidence a search reads of `passage` for `query`.
    static func evidence(_ passage: Passage, for query: AnalyzedQuery, weights: RankingWeights = .default) -> PassageEvidence {
        let row = CandidateRow(
            rowid: 1, heading: passage.heading, body: passage.body, context: passage.context, kind: passage.kind,
            term: passage.term, articleID: passage.article == "git-vs-github" ? 2 : passage.article == "smell-vs-odor" ? 3 : 1, senseRank: passage.senseRank,
            length: 12)
        return EvidenceReader.of(query, matcher: PassageMatcher(query: query), lexicon: lexicon, weights: weights)
            .evidence(of: row)
    }

    /// The factor `Rule` (with `weights`) gives `passage` for the query `text`; nil when none.
    static func factor<Rule: RankingRule>(
        _ rule: Rule.Type, _ text: String, _ passage: Passage, weights: RankingWeights = .default
    ) -> Double? {
        factor(rule, query(text), passage, weights: weights)
    }

    static func factor<Rule: RankingRule>(
        _ rule: Rule.Type, _ query: AnalyzedQuery, _ passage: Passage, weights: RankingWeights = .default
    ) -> Double? {
        let passage = evidence(passage, for: query)
        let found = Rule(weights).factor(for: passage, in: RankingQuery(query, weights: weights, explained: true))
        if let found { #expect(found.reason?.isEmpty == false, "\(Rule.name) gives a reason when explained") }
        let unexplained = Rule(weights).factor(for: passage, in: RankingQuery(query, weights: weights))
        #expect(unexplained?.value == found?.value && unexplained?.reason == nil, "\(Rule.name) builds no reason unexplained")
        return found?.value
    }

    /// Whether two factors are the same but for rounding.
    static func same(_ found: Double?, _ expected: Double?) -> Bool {
        guard let found, let expected else { return found == nil && expected == nil }
        return abs(found - expected) < 1e-12
    }
}

/// A passage described in a line: its kind, heading, text, context, term and article.
struct Passage: Sendable, CustomTestStringConvertible {
    var kind: PassageKind
    var heading: String?
    var body = ""
    var context: String?
    var term: TermSide = .both
    var article = "tea-vs-coffee"
    var senseRank: Int?

    static func summary(_ text: String, article: String = "tea-vs-coffee") -> Passage {
        Passage(kind: .summary, body: text, article: article)
    }

    static func difference(_ text: String) -> Passage { Passage(kind: .difference, body: text) }

    static func chart(_ label: String, _ text: String) -> Passage { Passage(kind: .chart, heading: label, body: text) }

    static func faq(_ question: String, _ answer: String = "", article: String = "tea-vs-coffee") -> Passage {
        Passage(kind: .faq, heading: question, body: answer, article: article)
    }

    /// A sense of a term (its heading the term), `rank` its place among the term's senses.
    static func definition(_ text: String, term: TermSide = .a, rank: Int = 0) -> Passage {
        Passage(kind: .definition, heading: term == .b ? "Coffee" : "Tea", body: text, term: term, senseRank: rank)
    }

    /// An example sentence and the sense it illustrates.
    static func example(_ text: String, sense: String, term: TermSide = .a, rank: Int = 0) -> Passage {
        Passage(kind: .example, body: text, context: sense, term: term, senseRank: rank)
    }

    var testDescription: String { "\(kind.rawValue) \(heading.map { "\"\($0)\" " } ?? "")\"\(body)\"" }
}
