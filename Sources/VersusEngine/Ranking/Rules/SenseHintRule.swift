import Foundation

/// `senseHint`: in a request for a meaning or an example, a sense whose text holds none of a
/// qualifying word but a word WordNet explains it with ("simmer meaning angry": the sense "to be
/// filled with anger"; "vein meaning mining": "a seam of mineral or ore"). The sense's text is its
/// definition and, for an example, the example too. Below a word the sense holds itself, which
/// ``CoverageRule`` already counts. A word of the query itself or of the passage's own terms is
/// no hint ("name" for "register" in "domain name sentence example register": every sense of
/// "Domain Name" says "name").
struct SenseHintRule: RankingRule {
    static let name = "senseHint"

    /// Per qualifying word whose related word the sense holds.
    var senseHint = 2.0

    static let weightsByName: WeightsByName = ["senseHint": \.senseHint]

    func factor(for passage: PassageEvidence, in query: RankingQuery) -> RankingRuleFactor? {
        guard let sense = passage.senseText else { return nil }
        let qualifiers = query.terms.filter { !$0.term.relatedStems.isEmpty && !$0.isCovered(by: passage) }
        guard !qualifiers.isEmpty else { return nil }
        let text = passage.kind == .example ? sense + " " + passage.body : sense
        let own = Set(query.terms.map(\.term.stem) + passage.articleTermStems)
        var wordsByStem: [String: String] = [:]
        for word in WordTokenizer.words(in: text) where !StopWords.contains(word) {
            let stem = PorterStemmer.stem(word)
            if wordsByStem[stem] == nil, !own.contains(stem) { wordsByStem[stem] = word }
        }
        let hints = qualifiers.compactMap { qualifier in
            qualifier.term.relatedStems.first { wordsByStem[$0] != nil }.map { (qualifier.term.word, wordsByStem[$0]!) }
        }
        guard !hints.isEmpty else { return nil }
        return query.factor(
            pow(senseHint, Double(hints.count)),
            "its sense holds " + hints.map { "'\($0.1)', which WordNet relates to '\($0.0)'" }.joined(separator: ", "))
    }
}
