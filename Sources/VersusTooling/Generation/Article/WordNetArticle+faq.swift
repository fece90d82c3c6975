extension WordNetArticle {
    /// Questions and one-sentence answers composed from WordNet's relations, a seeded
    /// selection of ``faqCount`` of them (all of them when there are fewer).
    func faqs(_ rng: inout SplitMix64) -> [(question: String, answer: String)] {
        var faqs: [(question: String, answer: String)] = [sameQuestion()]
        for facts in [a, b] {
            faqs += kindQuestion(facts) + wordQuestions(facts) + partOfSpeechQuestions(facts) + domainQuestions(facts)
            faqs += structureQuestions(facts)
            if let sense = facts.senses.first, let example = facts.example(in: sense) {
                faqs.append(
                    ("How is \(facts.name) used in a sentence?",
                     "\"\(Prose.statement(example))\" uses \(facts.name) in the sense of \(Prose.clause(sense.definition))."))
            }
        }
        faqs.shuffle(using: &rng)
        let wanted = Self.faqCount.lowerBound + Int(rng.next() % UInt64(Self.faqCount.count))
        return faqs.prefix(wanted).map { ($0.question, Prose.statement($0.answer)) }
    }

    /// "Is X the same as Y?", answered by the pair's relation.
    func sameQuestion() -> (question: String, answer: String) {
        let (x, y) = (a.name, b.name)
        let contrast = "\(x) \(Prose.meaning(a.synset)), while \(y) \(Prose.meaning(b.synset))"
        let answer: String
        switch pair.relation {
        case .sisters(let hypernym): answer = "No. Both are kinds of \(wordNet[hypernym]!.words[0]), but \(contrast)"
        case .antonyms: answer = "No, they are opposites: \(contrast)"
        case .similar: answer = "Not quite: they are close in meaning, but \(contrast)"
        case .synonyms: answer = "In one sense, yes: both \(Prose.sharedMeaning(a.synset)), though their other senses differ"
        case .sameField: answer = "No. \(Prose.capitalized(contrast))"
        }
        return ("Is \(x) the same as \(y)?", answer)
    }

    /// "Is a viola a kind of bowed stringed instrument?"
    func kindQuestion(_ facts: TermFacts) -> [(question: String, answer: String)] {
        guard let parent = facts.hypernyms.first else { return [] }
        let name = parent.words[0]
        switch facts.synset.id.partOfSpeech {
        case .verb:
            return [("Is to \(facts.name) a way to \(name)?", "Yes. To \(facts.name) is to \(name), more precisely to \(Prose.clause(facts.synset.definition))")]
        case .noun where facts.isInstance:
            return [("Is \(facts.name) \(Prose.indefinite(name))?", "Yes. \(facts.name) is \(Prose.indefinite(name)), \(Prose.nounPhrase(Prose.clause(parent.definition)))")]
        default:
            let subject = Prose.indefinite(facts.name)
            return [("Is \(subject) a kind of \(name)?", "Yes. \(Prose.capitalized(subject)) is a kind of \(name), \(Prose.nounPhrase(Prose.clause(parent.definition)))")]
        }
    }

    /// Other words for the term and its opposite.
    func wordQuestions(_ facts: TermFacts) -> [(question: String, answer: String)] {
        var faqs: [(question: String, answer: String)] = []
        if !facts.synonyms.isEmpty {
            let words = Array(facts.synonyms.prefix(TermFacts.listLength))
            faqs.append(
                ("What is another word for \(facts.name)?",
                 words.count == 1 ? "Another word for \(facts.name) is \(words[0])" : "Other words for \(facts.name) are \(Prose.list(words))"))
        }
        if let opposite = facts.antonyms.first {
            faqs.append(("What is the opposite of \(facts.name)?", "The opposite of \(facts.name) is \(opposite)"))
        }
        return faqs
    }

    /// "Can X be used as a verb?": yes with the sense, for each other part of speech the term
    /// has; no for a noun with no verb sense.
    func partOfSpeechQuestions(_ facts: TermFacts) -> [(question: String, answer: String)] {
        var faqs: [(question: String, answer: String)] = []
        let compared = facts.synset.id.partOfSpeech
        for part in facts.partsOfSpeech where part != compared {
            guard let sense = facts.senses(as: part).first else { continue }
            faqs.append(
                ("Can \(facts.name) be used as \(Prose.indefinite(part.name))?",
                 "Yes. As \(Prose.indefinite(part.name)), \(facts.name) \(Prose.meaning(sense))"))
        }
        if compared == .noun, !facts.partsOfSpeech.contains(.verb) {
            let only = Prose.list(facts.partsOfSpeech.map { Prose.indefinite($0.name) })
            faqs.append(("Can \(facts.name) be used as a verb?", "No. WordNet lists \(facts.name) only as \(only)"))
        }
        faqs.append(
            ("How many meanings does \(facts.name) have?",
             "WordNet lists \(Prose.count(facts.senses.count, "sense")) of \(facts.name), the first being that it \(Prose.meaning(facts.senses[0]))"))
        return faqs
    }

    /// "What does X mean in music?" for each sense with a topic domain.
    func domainQuestions(_ facts: TermFacts) -> [(question: String, answer: String)] {
        var seen = Set<String>()
        return facts.domains.filter { seen.insert($0.domain).inserted }.map { domain in
            ("What does \(facts.name) mean in \(domain.domain)?", "In \(domain.domain), \(facts.name) \(Prose.meaning(domain.sense))")
        }
    }

    /// Kinds, parts and wholes of the term.
    func structureQuestions(_ facts: TermFacts) -> [(question: String, answer: String)] {
        var faqs: [(question: String, answer: String)] = []
        let subject = Prose.indefinite(facts.name)
        if !facts.kinds.isEmpty {
            faqs.append(
                facts.synset.id.partOfSpeech == .verb
                    ? ("What are some ways to \(facts.name)?", "Ways to \(facts.name) include \(Prose.list(facts.kinds))")
                    : ("What are some kinds of \(facts.name)?", "Kinds of \(facts.name) include \(Prose.list(facts.kinds))"))
        }
        if !facts.parts.isEmpty {
            faqs.append(("What are the parts of \(subject)?", "\(Prose.capitalized(subject)) has parts such as \(Prose.list(facts.parts))"))
        }
        if let whole = facts.wholes.first {
            faqs.append(("What is \(subject) part of?", "\(Prose.capitalized(subject)) is part of \(Prose.indefinite(whole))"))
        }
        if let derived = facts.derivations.first {
            let part = derived.sense.id.partOfSpeech.name
            faqs.append(
                ("What \(part) is related to \(facts.name)?",
                 "The \(part) \(derived.word) is related to \(facts.name); it \(Prose.meaning(derived.sense))"))
        }
        return faqs
    }
}
