import Foundation

extension PairCatalog {
    /// A pair and how good a comparison it is.
    struct Candidate {
        var pair: TermPair
        var score: Double
    }

    /// Every pair WordNet's relations give, scored: the sum of the lemmas' familiarities in the
    /// compared part of speech (log2 of 1 + their numbers of senses there), the relation's
    /// bonus and a seeded jitter below 1.
    static func candidates(_ wordNet: WordNet, primaries: [SynsetID: [Term]], seed: UInt64) -> [Candidate] {
        var candidates: [Candidate] = []
        func add(_ a: Term, _ b: Term, _ relation: PairRelation, bonus: Double = 0) {
            guard a.key != b.key else { return }
            let pair = TermPair(a: a, b: b, relation: relation)
            let familiarity = log2(1 + Double(wordNet.senses(of: a.key, as: a.synset.partOfSpeech).count))
                + log2(1 + Double(wordNet.senses(of: b.key, as: b.synset.partOfSpeech).count))
            let noise = Double(jitter(seed, pair.unorderedKey) >> 11) / Double(1 << 53)
            candidates.append(Candidate(pair: pair, score: familiarity + bonus + noise))
        }
        for (parent, sisters) in sisters(wordNet, primaries: primaries, seed: seed) {
            for i in sisters.indices {
                for j in (i + 1)..<min(i + 1 + sisterReach, sisters.count) where sisters[i].synset != sisters[j].synset {
                    add(sisters[i], sisters[j], .sisters(hypernym: parent))
                }
            }
        }
        for id in wordNet.synsets.keys.sorted() {
            let synset = wordNet.synsets[id]!
            let own = primaries[id] ?? []
            // The words of one synset.
            for other in own.dropFirst().prefix(3) where areDistinctNames(own[0], other, wordNet) {
                add(own[0], other, .synonyms, bonus: synonymBonus)
            }
            for pointer in synset.pointers {
                switch pointer.relation {
                case .antonym where pointer.sourceWord > 0 && pointer.targetWord > 0:
                    guard let target = wordNet.synsets[pointer.target], pointer.sourceWord <= synset.words.count,
                        pointer.targetWord <= target.words.count
                    else { continue }
                    let a = synset.words[pointer.sourceWord - 1]
                    let b = target.words[pointer.targetWord - 1]
                    if isUsable(a), isUsable(b) {
                        add(Term(lemma: a, synset: id), Term(lemma: b, synset: target.id), .antonyms, bonus: antonymBonus)
                    }
                case .similar where !synset.isSatellite:
                    if let head = own.first, let satellite = primaries[pointer.target]?.first {
                        add(head, satellite, .similar, bonus: synonymBonus)
                    }
                default: continue
                }
            }
        }
        return candidates
    }

    /// The primary terms of each synset's hyponyms (sisters), by hypernym, each list sorted by
    /// familiarity (then a seeded order), so that neighbours are about as familiar.
    static func sisters(_ wordNet: WordNet, primaries: [SynsetID: [Term]], seed: UInt64) -> [(hypernym: SynsetID, terms: [Term])] {
        var children: [SynsetID: [SynsetID]] = [:]
        for id in wordNet.synsets.keys.sorted() {
            for pointer in wordNet.synsets[id]!.pointers where pointer.relation == .hypernym || pointer.relation == .instanceHypernym {
                children[pointer.target, default: []].append(id)
            }
        }
        return children.keys.sorted().map { parent in
            let terms = children[parent]!.flatMap { primaries[$0] ?? [] }
                .map { ($0, wordNet.familiarity(of: $0.key), jitter(seed, $0.key)) }
                .sorted { ($0.1, $1.2) > ($1.1, $0.2) }
                .map(\.0)
            return (parent, terms)
        }
    }
}
