/// `wordOrder`: under a question, an FAQ whose question holds consecutive query words only in
/// the other order counts less. Bags of words cannot tell "Git without GitHub" from "GitHub
/// without Git". Only under a question: keywords are typed in any order ("breakfast
/// complimentary"). A pair the query joins with "or", "and" or "vs" has no order to keep: "is
/// dns over udp or tcp" asks what "Does DNS use TCP or UDP?" asks.
struct WordOrderRule: RankingRule {
    static let name = "wordOrder"

    /// The score is divided by `1 + questionWordOrder × share`, share being the part of the
    /// query's consecutive word pairs that the question holds only reversed.
    var questionWordOrder = 0.3

    static let weightsByName: WeightsByName = ["questionWordOrder": \.questionWordOrder]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        let terms = query.weighingTerms
        guard passage.kind == .faq, terms.count > 1, query.asksAQuestion else { return nil }
        let reversed = Self.reversedPairs(of: terms, in: passage.headingSequence, joined: query.joinedToNext)
        guard reversed > 0 else { return nil }
        return query.factor(
            1 / (1 + questionWordOrder * Double(reversed) / Double(terms.count - 1)),
            "its question holds \(reversed) of the query's \(terms.count - 1) word pairs only in the other order")
    }

    /// How many pairs of consecutive query terms occur in `sequence` (matched stems in text
    /// order) only in the other order: the terms `git`, `github` against "Can I use GitHub
    /// without installing Git?" (1) and "Can I use Git without GitHub?" (0). A pair marked in
    /// `joined` (by the term before it) never counts.
    static func reversedPairs(of terms: [TermForms], in sequence: [Int], joined: [Bool] = []) -> Int {
        guard sequence.count > 1 else { return 0 }
        func positions(_ forms: TermForms) -> [Int] {
            sequence.indices.filter { forms.isForm(sequence[$0]) }
        }
        var reversed = 0
        var previous = positions(terms[0])
        for (t, forms) in terms.enumerated().dropFirst() {
            let current = positions(forms)
            let isJoined = t - 1 < joined.count && joined[t - 1]
            if !isJoined, let first = previous.first, let last = current.last, last < first { reversed += 1 }
            previous = current
        }
        return reversed
    }
}
