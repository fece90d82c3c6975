/// Which words can be an article's term, and which pairs of names make a comparison.
extension PairCatalog {
    /// The most words a term may have: longer collocations are not what people compare.
    static let maximumTermWords = 3
    /// The longest term, in characters (the parser accepts 80; titles stay readable).
    static let maximumTermLength = 40

    /// Each synset's primary terms: the usable words whose first sense (in their part of
    /// speech) it is, in the synset's word order.
    static func primaryTerms(_ wordNet: WordNet) -> [SynsetID: [Term]] {
        var primaries: [SynsetID: [Term]] = [:]
        for (id, synset) in wordNet.synsets {
            var seen = Set<String>()
            for word in synset.words where isUsable(word) && !isBinomial(word, in: synset) {
                let key = WordNet.key(word)
                guard seen.insert(key).inserted, wordNet.senses(of: key, as: id.partOfSpeech).first == id else { continue }
                primaries[id, default: []].append(Term(lemma: word, synset: id))
            }
        }
        return primaries
    }

    /// Whether a lemma can be an article's term: 2–40 ASCII letters, digits, spaces, hyphens
    /// and apostrophes, starting with a letter, at most three words, none of them a title's
    /// "vs" (the parser reads the title by its separator).
    static func isUsable(_ lemma: String) -> Bool {
        guard (2...maximumTermLength).contains(lemma.utf8.count), let first = lemma.utf8.first,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20),
            lemma.utf8.allSatisfy({ byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
            }),
            let last = lemma.last, last.isLetter || last.isNumber
        else { return false }
        let words = lemma.lowercased().split(separator: " ")
        return words.count <= maximumTermWords && !words.contains { ["vs", "versus", "v"].contains($0) }
            && !taxonomicRanks.contains(String(words[0]))
    }

    /// First words of WordNet's names for taxa ("genus Alisma", "family Ammodytidae"): each
    /// doubles a plain name, and no one compares the two.
    static let taxonomicRanks: Set<String> = [
        "genus", "subgenus", "family", "subfamily", "superfamily", "order", "suborder", "superorder", "class",
        "subclass", "phylum", "subphylum", "division", "kingdom", "tribe",
    ]

    /// Whether a word is a Latin binomial of a plant or an animal ("Platanus occidentalis"),
    /// which WordNet lists beside the common name.
    static func isBinomial(_ word: String, in synset: Synset) -> Bool {
        guard synset.id.partOfSpeech == .noun, ["noun.plant", "noun.animal"].contains(synset.lexicographerFile.name) else { return false }
        let words = word.split(separator: " ")
        return words.count == 2 && words[0].first?.isUppercase == true && words[1].allSatisfy(\.isLowercase)
    }

    /// Whether two words of one synset make a comparison: neither contains the other ("anatolian"
    /// in "anatolian language"), and one of them has another sense to tell them apart.
    static func areDistinctNames(_ a: Term, _ b: Term, _ wordNet: WordNet) -> Bool {
        let (x, y) = (" \(a.key) ", " \(b.key) ")
        return !x.contains(y) && !y.contains(x) && max(wordNet.familiarity(of: a.key), wordNet.familiarity(of: b.key)) > 1
    }
}
