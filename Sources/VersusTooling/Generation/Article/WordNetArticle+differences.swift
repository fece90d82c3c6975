extension WordNetArticle {
    /// The key differences: the pair's relation first, then 2–4 of the other paragraphs WordNet
    /// can support (hierarchy, senses, fields and domains, related words), in a seeded order.
    func differences(_ rng: inout SplitMix64) -> [String] {
        var others = [hierarchyParagraph(), sensesParagraph(), fieldParagraph(), relatedWordsParagraph()].compactMap { $0 }
        others.shuffle(using: &rng)
        let wanted = Self.differenceCount.lowerBound + Int(rng.next() % UInt64(Self.differenceCount.count))
        return [relationParagraph()] + others.prefix(wanted - 1)
    }

    /// How the two terms relate, then what each means.
    func relationParagraph() -> String {
        let (x, y) = (a.name, b.name)
        let contrast = "\(Prose.capitalized(x)) \(Prose.meaning(a.synset)), whereas \(y) \(Prose.meaning(b.synset))."
        switch pair.relation {
        case .sisters(let hypernym):
            let parent = wordNet[hypernym]!
            let name = parent.words[0]
            let opening = parent.id.partOfSpeech == .verb
                ? "To \(x) and to \(y) are both ways to \(name), that is, to \(Prose.clause(parent.definition))."
                : "\(Prose.capitalized(x)) and \(y) are both \(a.isInstance ? "instances" : "kinds") of \(name), \(Prose.nounPhrase(Prose.clause(parent.definition)))."
            return opening + " " + contrast
        case .antonyms:
            return "\(Prose.capitalized(x)) and \(y) are opposites. " + contrast
        case .similar:
            return "\(Prose.capitalized(x)) and \(y) are close in meaning, and WordNet lists \(y) as similar to \(x). " + contrast
        case .synonyms:
            return "\(Prose.capitalized(x)) and \(y) can name the same thing: in one sense both \(Prose.sharedMeaning(a.synset))."
                + " They part ways in their other senses: \(x) has \(Prose.count(a.senses.count, "sense")) in all,"
                + " \(y) \(Prose.count(b.senses.count, "sense"))."
        case .sameField:
            return "\(Prose.capitalized(x)) and \(y) both belong to the vocabulary of \(a.field). " + contrast
        }
    }

    /// Where each term sits in WordNet's hierarchy; `nil` when neither has a hypernym.
    func hierarchyParagraph() -> String? {
        func chain(_ facts: TermFacts) -> String? {
            guard let first = facts.hypernyms.first else { return nil }
            let verb = facts.synset.id.partOfSpeech == .verb
            var text =
                verb ? "to \(facts.name) is a way to \(first.words[0])"
                : facts.isInstance ? "\(facts.name) is \(Prose.indefinite(first.words[0]))"
                : "\(Prose.indefinite(facts.name)) is a kind of \(first.words[0])"
            for next in facts.hypernyms.dropFirst() {
                text += verb ? ", which is a way to \(next.words[0])" : ", which is in turn a kind of \(next.words[0])"
            }
            return text
        }
        let chains = [chain(a), chain(b)].compactMap { $0 }
        guard !chains.isEmpty else { return nil }
        return Prose.statement("In WordNet's hierarchy, " + chains.joined(separator: "; "))
    }

    /// How many senses each term has, in which parts of speech, and what the other parts of
    /// speech mean.
    func sensesParagraph() -> String {
        func breakdown(_ facts: TermFacts) -> String {
            let parts = facts.partsOfSpeech
            if parts.count == 1 { return "all as \(Prose.indefinite(parts[0].name))" }
            return Prose.list(parts.map { "\(facts.senses(as: $0).count) as \(Prose.indefinite($0.name))" })
        }
        var text = "\(Prose.capitalized(a.name)) has \(Prose.count(a.senses.count, "sense")) in WordNet (\(breakdown(a))),"
            + " while \(b.name) has \(Prose.count(b.senses.count, "sense")) (\(breakdown(b)))."
        for facts in [a, b] {
            guard let other = facts.partsOfSpeech.dropFirst().first, let sense = facts.senses(as: other).first else { continue }
            text += " As \(Prose.indefinite(other.name)), \(facts.name) \(Prose.meaning(sense))."
        }
        return text
    }

    /// The field each compared sense belongs to, and the topic domains of their senses.
    func fieldParagraph() -> String {
        var text = a.field == b.field
            ? "Both words belong to WordNet's vocabulary of \(a.field)."
            : "\(Prose.capitalized(a.name)) belongs to WordNet's vocabulary of \(a.field), and \(b.name) to that of \(b.field)."
        for facts in [a, b] {
            guard let domain = facts.domains.first else { continue }
            text += " In \(domain.domain), \(facts.name) \(Prose.meaning(domain.sense))."
        }
        return text
    }

    /// Parts, wholes, kinds and derived words of the two terms; `nil` when WordNet lists none.
    func relatedWordsParagraph() -> String? {
        var sentences: [String] = []
        for facts in [a, b] {
            let name = Prose.indefinite(facts.name)
            if !facts.parts.isEmpty { sentences.append("\(Prose.capitalized(name)) has parts such as \(Prose.list(facts.parts)).") }
            if let whole = facts.wholes.first { sentences.append("\(Prose.capitalized(name)) is part of \(Prose.indefinite(whole)).") }
            if !facts.kinds.isEmpty {
                let kinds = facts.synset.id.partOfSpeech == .verb ? "Ways to" : "Kinds of"
                sentences.append("\(kinds) \(facts.name) include \(Prose.list(facts.kinds)).")
            }
            if let derived = facts.derivations.first {
                sentences.append(
                    "\(Prose.capitalized(facts.name)) is related to the \(derived.sense.id.partOfSpeech.name) \(derived.word).")
            }
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }
}
