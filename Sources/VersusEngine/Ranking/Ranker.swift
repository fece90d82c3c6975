import Foundation

/// A passage that matched the query, with the evidence the ranker scores.
struct Candidate: Sendable {
    var rowid: Int64
    /// FTS5 bm25 with the column weights, sign flipped so that higher is better.
    var relevance: Double
    var kind: PassageKind = .summary
    var term: TermSide = .both
    var article = ""
    var senseRank: Int?
    /// For a definition or example: the sense's definition text.
    var senseText: String?
    /// The passage's heading, text and sense as read for scoring, kept for the hit.
    var texts: (heading: String?, body: String, context: String?) = (nil, "", nil)
    /// The article's row id.
    var articleID: Int64 = 0
    /// For an FAQ: what its question asks for, when it asks for a meaning or an example.
    var asks: QueryIntent?
    /// The folded words of the passage that FTS5 marked as matching, and their stems.
    var matchedWords: Set<String> = []
    var matchedStems: Set<String> = []
    /// The stems of those matched in the heading (an FAQ's question, a chart row's label).
    var headingStems: Set<String> = []
    var score = 0.0
    var factors: [RankingFactor] = []
}

/// One multiplier applied to a passage's score, and why.
public struct RankingFactor: Sendable, Equatable, Encodable {
    public var name: String
    public var value: Double
    public var reason: String
}

/// Orders candidates: bm25 relevance × query coverage × intent prior × term routing.
struct Ranker: Sendable {
    var weights: RankingWeights

    func rank(_ candidates: [Candidate], query: AnalyzedQuery) -> [Candidate] {
        var ranked = candidates.map { score($0, query: query) }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.rowid < $1.rowid }
        return ranked
    }

    func score(_ candidate: Candidate, query: AnalyzedQuery) -> Candidate {
        var candidate = candidate
        var factors: [RankingFactor] = []

        let coveredTerms = query.terms.filter { Self.covers(candidate, $0) }
        let total = query.terms.reduce(0) { $0 + $1.weight }
        let covered = coveredTerms.reduce(0) { $0 + $1.weight }
        let coverage = total > 0 ? max(covered / total, 0.05) : 1
        factors.append(
            RankingFactor(
                name: "coverage", value: pow(coverage, weights.coverageExponent),
                reason: "contains \(coveredTerms.count) of \(query.terms.count) query words (\(Int((coverage * 100).rounded()))% of their weight)"))

        if candidate.kind == .faq || candidate.kind == .chart, query.intent == .question || query.intent == .attribute, total > 0 {
            let asked = query.terms.filter { Self.covers(candidate, $0, within: candidate.headingStems) }
            let share = asked.reduce(0) { $0 + $1.weight } / total
            if share > 0 {
                factors.append(
                    RankingFactor(
                        name: "sameQuestion", value: 1 + weights.questionMatchesFAQ * share,
                        reason: "its \(candidate.kind == .faq ? "question" : "attribute") holds \(asked.count) of the query's \(query.terms.count) words"))
            }
        }

        let exact = coveredTerms.filter { candidate.matchedWords.contains($0.word) }
        if covered > 0, !exact.isEmpty {
            let share = exact.reduce(0) { $0 + $1.weight } / covered
            factors.append(
                RankingFactor(
                    name: "exactForm", value: 1 + weights.exactForm * share,
                    reason: "\(exact.count) of its matched query words appear as typed, not only by stem"))
        }

        let prior = weights.prior(for: candidate.kind, under: query.intent)
        if prior != 1 {
            factors.append(
                RankingFactor(name: "intent", value: prior, reason: "\(query.intent.rawValue) query favours \(candidate.kind.rawValue) passages"))
        }

        if let asks = candidate.asks, asks == query.intent {
            factors.append(
                RankingFactor(
                    name: "question", value: weights.questionAsksTheSame,
                    reason: "the FAQ question asks for a \(asks == .define ? "meaning" : "usage example"), as the query does"))
        }

        if let rank = candidate.senseRank, rank > 0 {
            factors.append(
                RankingFactor(
                    name: "senseOrder", value: 1 / (1 + weights.laterSense * Double(rank)),
                    reason: "sense \(rank + 1) of its term; dictionaries list primary senses first"))
        }

        if let wanted = query.partOfSpeech, let sense = candidate.senseText,
            PartOfSpeech.guess(fromDefinition: sense) == wanted
        {
            factors.append(
                RankingFactor(name: "partOfSpeech", value: weights.partOfSpeech, reason: "sense reads as a \(wanted.rawValue), as asked"))
        }

        if let named = query.namedArticles[candidate.article] {
            if named == .both {
                factors.append(RankingFactor(name: "routing", value: weights.namesBothTerms, reason: "query names both terms of this article"))
            } else {
                factors.append(RankingFactor(name: "routing", value: weights.namesOneTerm, reason: "query names a term of this article"))
                if candidate.term == named {
                    factors.append(RankingFactor(name: "term", value: weights.aboutNamedTerm, reason: "passage is about the named term"))
                }
            }
        }

        candidate.factors = factors
        candidate.score = factors.reduce(candidate.relevance) { $0 * $1.value }
        return candidate
    }

    /// Whether the matched words of a passage include a query term (its stem, a prefix, or all
    /// the words of one of its alternatives).
    static func covers(_ candidate: Candidate, _ term: QueryTerm) -> Bool {
        if term.isPrefix, candidate.matchedWords.contains(where: { $0.hasPrefix(term.word) }) { return true }
        return covers(candidate, term, within: candidate.matchedStems)
    }

    /// Whether `stems` include the term's stem or all the words of one of its alternatives.
    static func covers(_ candidate: Candidate, _ term: QueryTerm, within stems: Set<String>) -> Bool {
        if stems.contains(term.stem) { return true }
        return term.alternatives.contains { phrase in
            phrase.allSatisfy { stems.contains(PorterStemmer.stem($0)) }
        }
    }
}
