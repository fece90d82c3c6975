/// What WordNet says about one term of an article: its senses, its place in the hierarchy,
/// its other names, opposites, fields and related words. Articles are composed from these.
struct TermFacts {
    let term: Term
    /// The lemma as prose writes it: `violin`, `bear market`, `Paris`.
    var name: String { term.lemma }
    /// The sense the article compares.
    let synset: Synset
    /// Every sense of the lemma: the compared part of speech first, then the others in
    /// WordNet's order (nouns, verbs, adjectives, adverbs), each in sense order.
    let senses: [Synset]
    /// The compared sense's hypernyms, nearest first, up to ``hierarchyDepth``.
    let hypernyms: [Synset]
    /// The compared sense's other words.
    let synonyms: [String]
    /// The lemma's antonyms: in the compared sense if it has any, else in its first sense that does.
    let antonyms: [String]
    /// Senses with a topic domain, and the domain's name: ("music", sense).
    let domains: [(domain: String, sense: Synset)]
    /// Names of the compared sense's parts, of what it is part of, and of its kinds.
    let parts: [String]
    let wholes: [String]
    let kinds: [String]
    /// Words of another part of speech derived from the lemma in the compared sense.
    let derivations: [(word: String, sense: Synset)]

    /// How far up the hierarchy an article looks: two levels say what a thing is without
    /// reaching WordNet's abstract tops ("physical entity").
    static let hierarchyDepth = 2
    /// The most related words an article lists in one sentence.
    static let listLength = 4

    /// What WordNet says of `term`; its hierarchy goes through `hypernym` when that is one of
    /// the sense's hypernyms (the one a pair of sisters shares), else through its first.
    init(term: Term, wordNet: WordNet, through hypernym: SynsetID? = nil) {
        self.term = term
        let synset = wordNet[term.synset]!
        self.synset = synset
        let all = wordNet.senses(of: term.lemma).compactMap { wordNet[$0] }
        senses = all.filter { $0.id.partOfSpeech == synset.id.partOfSpeech } + all.filter { $0.id.partOfSpeech != synset.id.partOfSpeech }
        var chain: [Synset] = []
        var current = synset
        while chain.count < Self.hierarchyDepth {
            let parents = current.targets(.hypernym) + current.targets(.instanceHypernym)
            let preferred = chain.isEmpty ? parents.first { $0 == hypernym } : nil
            guard let up = (preferred ?? parents.first).flatMap({ wordNet[$0] }) else { break }
            chain.append(up)
            current = up
        }
        hypernyms = chain
        let key = WordNet.key(term.lemma)
        synonyms = synset.words.filter { WordNet.key($0) != key && PairCatalog.isUsable($0) }
        func wordsOf(_ relation: Relation, from sense: Synset) -> [String] {
            let position = (sense.words.firstIndex { WordNet.key($0) == key } ?? -1) + 1
            return sense.pointers.filter { $0.relation == relation && ($0.sourceWord == 0 || $0.sourceWord == position) }
                .compactMap { pointer in
                    guard let target = wordNet[pointer.target] else { return nil }
                    let index = pointer.targetWord > 0 ? pointer.targetWord - 1 : 0
                    return target.words.indices.contains(index) ? target.words[index] : nil
                }
        }
        antonyms = ([synset] + senses).lazy.map { wordsOf(.antonym, from: $0) }.first { !$0.isEmpty } ?? []
        domains = senses.compactMap { sense in
            sense.targets(.topicDomain).first.flatMap { wordNet[$0]?.words.first }.map { (domain: $0, sense: sense) }
        }
        func headwords(_ relations: [Relation]) -> [String] {
            let ids = relations.flatMap { synset.targets($0) }
            return Array(ids.compactMap { wordNet[$0]?.words.first }.prefix(Self.listLength))
        }
        parts = headwords([.partMeronym, .substanceMeronym])
        wholes = headwords([.partHolonym, .substanceHolonym])
        kinds = headwords([.hyponym, .instanceHyponym])
        let position = (synset.words.firstIndex { WordNet.key($0) == key } ?? -1) + 1
        derivations = synset.pointers.filter { $0.relation == .derivation && $0.sourceWord == position }
            .compactMap { pointer in
                guard let target = wordNet[pointer.target], pointer.target.partOfSpeech != synset.id.partOfSpeech,
                    target.words.indices.contains(pointer.targetWord - 1)
                else { return nil }
                return (target.words[pointer.targetWord - 1], target)
            }
    }

    /// The parts of speech the lemma has, the compared one first.
    var partsOfSpeech: [PartOfSpeech] {
        var seen: [PartOfSpeech] = []
        for sense in senses where !seen.contains(sense.id.partOfSpeech) { seen.append(sense.id.partOfSpeech) }
        return seen
    }

    /// The senses of one part of speech.
    func senses(as partOfSpeech: PartOfSpeech) -> [Synset] {
        senses.filter { $0.id.partOfSpeech == partOfSpeech }
    }

    /// The field of the compared sense, in plain words ("artifacts").
    var field: String { synset.lexicographerFile.field }

    /// The example sentence that best shows the lemma in `sense`: the first that contains it,
    /// else the first.
    func example(in sense: Synset) -> String? {
        let lower = name.lowercased()
        return sense.examples.first { $0.lowercased().contains(lower) } ?? sense.examples.first
    }
}

extension TermFacts {
    /// Whether the compared sense is an instance (Paris) rather than a kind (city).
    var isInstance: Bool { !synset.targets(.instanceHypernym).isEmpty }
}
