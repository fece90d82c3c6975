extension Article {
    /// The article cut into its searchable passages, in reading order.
    ///
    /// - A chart row reads `A: value; B: value` under its label.
    /// - A definition and its example are two passages; the example keeps the sense it illustrates.
    /// - An FAQ passage is the question (heading) and its answer (text) together; its term is the
    ///   one the question names, or `both`.
    public var passages: [Passage] {
        var passages: [Passage] = []
        if !summary.isEmpty {
            passages.append(Passage(kind: .summary, term: .both, heading: nil, text: summary))
        }
        for paragraph in differences {
            passages.append(Passage(kind: .difference, term: .both, heading: nil, text: paragraph))
        }
        for row in chart {
            let text = "\(termA): \(row.valueA); \(termB): \(row.valueB)"
            passages.append(Passage(kind: .chart, term: .both, heading: row.label, text: text))
        }
        var senseCount: [TermSide: Int] = [:]
        for sense in senses {
            let name = termName(sense.term)
            let rank = senseCount[sense.term, default: 0]
            senseCount[sense.term] = rank + 1
            passages.append(Passage(kind: .definition, term: sense.term, heading: name, text: sense.definition, senseRank: rank))
            if let example = sense.example {
                passages.append(
                    Passage(
                        kind: .example, term: sense.term, heading: name, text: example, sense: sense.definition,
                        senseRank: rank))
            }
        }
        for faq in faqs {
            passages.append(
                Passage(kind: .faq, term: side(namedIn: faq.question), heading: faq.question, text: faq.answer))
        }
        return passages
    }

    /// The term a sentence names: `a` or `b` when only one term occurs in it, `both` otherwise.
    func side(namedIn sentence: String) -> TermSide {
        let words = Set(WordTokenizer.words(in: sentence))
        let namesA = WordTokenizer.words(in: termA).allSatisfy(words.contains)
        let namesB = WordTokenizer.words(in: termB).allSatisfy(words.contains)
        switch (namesA, namesB) {
        case (true, false): return .a
        case (false, true): return .b
        default: return .both
        }
    }
}
