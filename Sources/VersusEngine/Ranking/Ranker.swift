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
    /// The stems of those matched in the heading (an FAQ's question, a chart row's label), as a
    /// set and in the order they occur.
    var headingStems: Set<String> = []
    var headingSequence: [String] = []
    /// For an FAQ: what its question asks for by how it opens, read only when the query has a form.
    var questionForm: QuestionForm?
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

    /// Orders `candidates`; with `explain`, each keeps its factors and their reasons.
    func rank(_ candidates: [Candidate], query: AnalyzedQuery, explain: Bool = false) -> [Candidate] {
        let terms = query.terms.map { TermForms($0, weights: weights) }
        var ranked = candidates.map { score($0, query: query, terms: terms, explain: explain) }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.rowid < $1.rowid }
        return ranked
    }

    /// A query term with the stems of its alternatives, computed once per query.
    struct TermForms {
        var term: QueryTerm
        var alternativeStems: [[String]]
        /// The term's weight in coverage, less for a spelling correction.
        var weight: Double

        init(_ term: QueryTerm, weights: RankingWeights = .default) {
            self.term = term
            alternativeStems = term.alternatives.map { $0.map(PorterStemmer.stem) }
            weight = term.weight * weights.share(of: term)
        }
    }

    /// The score as it is built: bm25 times each factor. The factors and their reasons are kept
    /// only when explaining, so that ranking costs no string building.
    private struct Product {
        var score: Double
        var factors: [RankingFactor]?

        mutating func apply(_ name: String, _ value: Double, _ reason: @autoclosure () -> String) {
            score *= value
            factors?.append(RankingFactor(name: name, value: value, reason: reason()))
        }
    }

    func score(_ candidate: Candidate, query: AnalyzedQuery, terms: [TermForms], explain: Bool) -> Candidate {
        var candidate = candidate
        var product = Product(score: candidate.relevance, factors: explain ? [] : nil)

        let coveredTerms = terms.filter { Self.covers(candidate, $0) }
        let total = terms.reduce(0) { $0 + $1.weight }
        let covered = coveredTerms.reduce(0) { $0 + $1.weight }
        let coverage = total > 0 ? max(covered / total, 0.05) : 1
        product.apply(
            "coverage", pow(coverage, weights.coverageExponent),
            "contains \(coveredTerms.count) of \(query.terms.count) query words (\(Int((coverage * 100).rounded()))% of their weight)")

        if candidate.kind == .faq || candidate.kind == .chart, query.intent == .question || query.intent == .attribute, total > 0 {
            let asked = terms.filter { Self.covers($0, within: candidate.headingStems) }
            let share = asked.reduce(0) { $0 + $1.weight } / total
            if share > 0 {
                product.apply(
                    "sameQuestion", 1 + weights.questionMatchesFAQ * share,
                    "its \(candidate.kind == .faq ? "question" : "attribute") holds \(asked.count) of the query's \(query.terms.count) words")
            }
        }

        // "synchronous vs asynchronous in learning": beside both terms, a word that names a row
        // of the chart asks for that row rather than the summary.
        if candidate.kind == .chart, query.intent == .difference, query.namedArticles[candidate.article] == .both {
            let asked = terms.filter { !$0.term.namesTerm && Self.covers($0, within: candidate.headingStems) }
            if !asked.isEmpty {
                product.apply("attributeNamed", weights.differenceNamesAttribute, "its label names the attribute the query adds to both terms")
            }
        }

        if candidate.kind == .faq, let form = query.questionForm, candidate.questionForm == form {
            product.apply("questionForm", weights.sameQuestionForm, "its question asks for a \(form.rawValue), as the query does")
        }

        // Only under a question: keywords are typed in any order ("breakfast complimentary").
        if candidate.kind == .faq, terms.count > 1, query.intent == .question || query.intent == .attribute {
            let reversed = Self.reversedPairs(of: terms, in: candidate.headingSequence)
            if reversed > 0 {
                product.apply(
                    "wordOrder", 1 / (1 + weights.questionWordOrder * Double(reversed) / Double(terms.count - 1)),
                    "its question holds \(reversed) of the query's \(terms.count - 1) word pairs only in the other order")
            }
        }

        let exact = coveredTerms.filter { candidate.matchedWords.contains($0.term.word) }
        if covered > 0, !exact.isEmpty {
            let share = exact.reduce(0) { $0 + $1.weight } / covered
            product.apply(
                "exactForm", 1 + weights.exactForm * share,
                "\(exact.count) of its matched query words appear as typed, not only by stem")
        }

        let prior = weights.prior(for: candidate.kind, under: query.intent)
        if prior != 1 {
            product.apply("intent", prior, "\(query.intent.rawValue) query favours \(candidate.kind.rawValue) passages")
        }

        if let asks = candidate.asks, asks == query.intent {
            product.apply(
                "question", weights.questionAsksTheSame,
                "the FAQ question asks for a \(asks == .define ? "meaning" : "usage example"), as the query does")
        }

        if let rank = candidate.senseRank, rank > 0 {
            product.apply(
                "senseOrder", 1 / (1 + weights.laterSense * Double(rank)),
                "sense \(rank + 1) of its term; dictionaries list primary senses first")
        }

        if let wanted = query.partOfSpeech, let sense = candidate.senseText,
            PartOfSpeech.guess(fromDefinition: sense) == wanted
        {
            product.apply("partOfSpeech", weights.partOfSpeech, "sense reads as a \(wanted.rawValue), as asked")
        }

        if query.answerType == .quantity, AnswerType.statesQuantity(candidate.texts.body) {
            product.apply("quantity", weights.statesQuantity, "the question asks how many or how much, and the passage states an amount")
        }

        if let named = query.namedArticles[candidate.article] {
            if named == .both {
                product.apply("routing", weights.namesBothTerms, "query names both terms of this article")
            } else {
                product.apply("routing", weights.namesOneTerm, "query names a term of this article")
                if candidate.term == named {
                    product.apply("term", weights.aboutNamedTerm, "passage is about the named term")
                }
            }
        }

        candidate.factors = product.factors ?? []
        candidate.score = product.score
        return candidate
    }

    /// How many pairs of consecutive query terms occur in `sequence` (matched stems in text
    /// order) only in the other order: "use git without github" against "Can I use GitHub without
    /// installing Git?" (1) and "Can I use Git without GitHub?" (0).
    static func reversedPairs(of terms: [TermForms], in sequence: [String]) -> Int {
        guard sequence.count > 1 else { return 0 }
        func positions(_ forms: TermForms) -> [Int] {
            sequence.indices.filter { index in
                sequence[index] == forms.term.stem || forms.alternativeStems.contains { $0.count == 1 && $0[0] == sequence[index] }
            }
        }
        var reversed = 0
        var previous = positions(terms[0])
        for forms in terms.dropFirst() {
            let current = positions(forms)
            if let first = previous.first, let last = current.last, last < first { reversed += 1 }
            previous = current
        }
        return reversed
    }

    /// Whether the matched words of a passage include a query term (its stem, a prefix, or all
    /// the words of one of its alternatives).
    static func covers(_ candidate: Candidate, _ forms: TermForms) -> Bool {
        if forms.term.isPrefix, candidate.matchedWords.contains(where: { $0.hasPrefix(forms.term.word) }) { return true }
        return covers(forms, within: candidate.matchedStems)
    }

    /// Whether `stems` include the term's stem or all the words of one of its alternatives.
    static func covers(_ forms: TermForms, within stems: Set<String>) -> Bool {
        if stems.contains(forms.term.stem) { return true }
        return forms.alternativeStems.contains { phrase in phrase.allSatisfy(stems.contains) }
    }
}
