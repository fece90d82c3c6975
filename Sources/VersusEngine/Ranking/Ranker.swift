/// A passage that matched the query, with the evidence the ranker scores.
struct Candidate: Sendable {
    var rowid: Int64
    /// FTS5 bm25 with the column weights, sign flipped so that higher is better.
    var relevance: Double
    /// The stems of the query that occur in the passage's heading, body or terms.
    var matchedStems: Set<String> = []
    var score = 0.0
}

/// Orders candidates: bm25 relevance, scaled by how much of the query each passage covers.
struct Ranker: Sendable {
    var weights: RankingWeights

    func rank(_ candidates: [Candidate], query: AnalyzedQuery) -> [Candidate] {
        let queryStems = Set(query.stems)
        let total = Double(max(queryStems.count, 1))
        var ranked = candidates.map { candidate -> Candidate in
            var candidate = candidate
            let covered = Double(candidate.matchedStems.intersection(queryStems).count)
            let coverage = max(covered, 1) / total
            candidate.score = candidate.relevance * pow(coverage, weights.coverageExponent)
            return candidate
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.rowid < $1.rowid }
        return ranked
    }
}

import Foundation
