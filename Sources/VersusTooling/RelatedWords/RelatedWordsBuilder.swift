import VersusEngine

/// Builds the related-words file that Versus bundles (`Sources/VersusEngine/Resources/related-words.txt`,
/// read by ``RelatedWords``) from the WordNet database: for each one-word lemma, the stems of the
/// words that its first senses are explained with or linked to. "angry" → anger (its gloss,
/// "feeling or showing anger", and a derivation); "mining" → ore, coal (its gloss); "customer" →
/// service (its gloss, "someone who pays for goods or services").
///
/// The file is the resource, not WordNet: it carries WordNet's licence notice at its head and is
/// rebuilt with `versus related-words`.
public struct RelatedWordsBuilder: Sendable {
    /// Senses read per part of speech: WordNet lists the most frequent first, and a person who
    /// qualifies a term with a word means one of its common senses.
    public static let sensesPerPartOfSpeech = 2
    /// Related stems kept per lemma, in the order found (gloss words first).
    public static let stemsPerLemma = 12
    /// A stem related to more than this share of the lemmas ("someone", "act", "make") tells
    /// nothing about a sense, and is dropped.
    public static let commonStemShare = 0.012

    let wordNet: WordNet

    public init(wordNet: WordNet) {
        self.wordNet = wordNet
    }

    /// The file's text: the licence as `#` comment lines, then one line a lemma,
    /// `lemma<TAB>stem stem …`, in lemma order.
    public func text() -> String {
        var related: [(lemma: String, stems: [String])] = []
        for lemma in wordNet.lemmas.sorted() where Self.isPlainWord(lemma) {
            let stems = relatedStems(of: lemma)
            if !stems.isEmpty { related.append((lemma, stems)) }
        }
        var lemmasPerStem: [String: Int] = [:]
        for entry in related { for stem in entry.stems { lemmasPerStem[stem, default: 0] += 1 } }
        let common = Int(Double(related.count) * Self.commonStemShare)
        var lines = wordNet.derivedFileHeader(
            title: "Related words for Versus's query analysis",
            lineFormat: "a word, a tab, the Porter stems of words its first senses are explained with or linked to.")
        for entry in related {
            let kept = entry.stems.filter { lemmasPerStem[$0, default: 0] <= common }.prefix(Self.stemsPerLemma)
            if !kept.isEmpty { lines.append(entry.lemma + "\t" + kept.joined(separator: " ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The stems related to one lemma: its first senses' gloss words, synonyms, derivations,
    /// similar adjectives and hypernyms, without stop words and without the lemma's own stem.
    func relatedStems(of lemma: String) -> [String] {
        let own = PorterStemmer.stem(lemma)
        var seen: Set<String> = [own]
        var stems: [String] = []
        func add(_ text: String) {
            for word in WordTokenizer.words(in: text) where word.count > 2 && !StopWords.contains(word) && word.allSatisfy(\.isLetter) {
                let stem = PorterStemmer.stem(word)
                if seen.insert(stem).inserted { stems.append(stem) }
            }
        }
        let senses = wordNet.senses(of: lemma)
        // A name ("Paris", "Darwin") qualifies no sense of a common word.
        let isName = senses.allSatisfy { id in
            wordNet[id]?.words.contains { $0.lowercased() == lemma && $0.first?.isUppercase == true } ?? true
        }
        if isName { return [] }
        var perPartOfSpeech: [PartOfSpeech: Int] = [:]
        for id in senses {
            guard perPartOfSpeech[id.partOfSpeech, default: 0] < Self.sensesPerPartOfSpeech, let synset = wordNet[id] else { continue }
            perPartOfSpeech[id.partOfSpeech, default: 0] += 1
            add(synset.definition)
            for word in synset.words where Self.isPlainWord(word.lowercased()) { add(word) }
            for pointer in synset.pointers {
                switch pointer.relation {
                case .derivation, .similar, .pertainym, .hypernym, .attribute:
                    // A lexical pointer from another word of the synset is that word's relation.
                    if pointer.sourceWord > 0, pointer.sourceWord <= synset.words.count,
                        synset.words[pointer.sourceWord - 1].lowercased() != lemma
                    { continue }
                    guard let target = wordNet[pointer.target] else { continue }
                    let words = pointer.targetWord > 0 && pointer.targetWord <= target.words.count
                        ? [target.words[pointer.targetWord - 1]] : Array(target.words.prefix(3))
                    for word in words where Self.isPlainWord(word.lowercased()) { add(word) }
                default: continue
                }
            }
        }
        return stems
    }

    /// A lemma of one word of letters: the only kind a query word can look up.
    static func isPlainWord(_ lemma: String) -> Bool {
        lemma.count > 2 && lemma.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
