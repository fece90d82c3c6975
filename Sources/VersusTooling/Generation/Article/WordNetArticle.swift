/// One generated comparison article, composed from what WordNet says about its two terms, in
/// the page text format the engine parses (see the README's "The article format").
///
/// Title "A vs. B: What's the Difference?", a byline with generated names, a one-line summary
/// from the compared senses' glosses, 3–5 key differences, a comparison chart, every sense of
/// both terms (alternating A and B, each with its example when the gloss has one) and FAQs
/// composed from WordNet's relations, each answered in a sentence. The same pair and random
/// state always give the same text.
struct WordNetArticle {
    let pair: TermPair
    let a: TermFacts
    let b: TermFacts
    let wordNet: WordNet

    /// What a definitions entry holds when one term has run out of senses before the other:
    /// the format pairs entries A, B, A, B…, so the shorter list's turns are kept with a dash,
    /// which has no words to match a query.
    static let noFurtherSense = "—"
    /// Differences per article: as many as the bundled corpus's articles have (3–5).
    static let differenceCount = 3...5
    /// FAQs per article, when WordNet has that many to say.
    static let faqCount = 6...12

    init(pair: TermPair, wordNet: WordNet) {
        self.pair = pair
        self.wordNet = wordNet
        var shared: SynsetID?
        if case .sisters(let hypernym) = pair.relation { shared = hypernym }
        a = TermFacts(term: pair.a, wordNet: wordNet, through: shared)
        b = TermFacts(term: pair.b, wordNet: wordNet, through: shared)
    }

    /// The article's text, drawing its choices (names, date, which differences and FAQs) from `rng`.
    func text(_ rng: inout SplitMix64) -> String {
        var lines = ["Versus Library", "", "\(pair.a.titled) vs. \(pair.b.titled): What's the Difference?", ""]
        let byline = Byline(&rng)
        lines.append(byline.line)
        lines.append(summary())
        lines += ["", "Key Differences", ""]
        lines += differences(&rng)
        lines += ["", "Comparison Chart", ""]
        for row in chart() { lines += [row.label, "", row.a, row.b, ""] }
        lines += ["\(pair.a.titled) and \(pair.b.titled) Definitions", ""]
        for entry in definitions() {
            lines.append(entry.definition)
            if let example = entry.example { lines.append(example) }
            lines.append("")
        }
        for faq in faqs(&rng) { lines += [faq.question, "", faq.answer, ""] }
        lines.removeLast()
        lines += byline.footer
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line contrasting the compared senses: "Violin is a bowed stringed instrument …,
    /// while viola is …".
    func summary() -> String {
        if pair.relation == .synonyms {
            return Prose.statement("\(a.name) and \(b.name) both \(Prose.sharedMeaning(a.synset)), but \(a.name) has \(Prose.count(a.senses.count, "sense")) and \(b.name) \(Prose.count(b.senses.count, "sense"))")
        }
        return Prose.statement("\(a.name) \(Prose.meaning(a.synset)), while \(b.name) \(Prose.meaning(b.synset))")
    }

    /// Every sense of both terms, alternating A and B as the format wants; when one term has
    /// fewer senses, its remaining turns hold ``noFurtherSense``.
    func definitions() -> [(definition: String, example: String?)] {
        var entries: [(definition: String, example: String?)] = []
        for i in 0..<max(a.senses.count, b.senses.count) {
            for facts in [a, b] {
                guard i < facts.senses.count else {
                    entries.append((Self.noFurtherSense, nil))
                    continue
                }
                let sense = facts.senses[i]
                entries.append((Prose.definition(sense), facts.example(in: sense).map(Prose.statement)))
            }
        }
        return entries
    }
}
