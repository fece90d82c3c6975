/// One term of a generated article: a lemma as WordNet spells it, and the sense (synset) the
/// article compares.
public struct Term: Sendable, Hashable {
    /// The lemma as entered in its synset, spaces for underscores: `violin`, `bear market`, `Paris`.
    public var lemma: String
    public var synset: SynsetID

    public init(lemma: String, synset: SynsetID) {
        self.lemma = lemma
        self.synset = synset
    }

    /// The lemma as a title writes it: each word's first letter in upper case (`Bear Market`).
    public var titled: String {
        lemma.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The lemma in a slug: lowercased, words joined by hyphens, only letters and digits kept.
    var slugPart: String {
        var out = ""
        for character in lemma.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if character == " " || character == "-", !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}

/// Why two terms make a comparison people could look up.
public enum PairRelation: Sendable, Hashable {
    /// Two kinds of one thing: sister synsets under this hypernym ("violin vs viola").
    case sisters(hypernym: SynsetID)
    /// WordNet lists them as opposites ("wet vs dry").
    case antonyms
    /// An adjective and one of its satellites: near synonyms ("wet vs damp").
    case similar
    /// Two words of one synset: names of the same thing ("violin vs fiddle").
    case synonyms
    /// Two words of one lexicographer file, paired only when the related pairs run out.
    case sameField
}

/// The two terms of one generated article and how they relate.
public struct TermPair: Sendable, Hashable {
    public var a: Term
    public var b: Term
    public var relation: PairRelation

    /// The article's slug: `violin-vs-viola`.
    public var slug: String { "\(a.slugPart)-vs-\(b.slugPart)" }

    /// The lemmas, lowercased and in order, as a key for "the same pair either way round".
    var unorderedKey: String {
        let x = a.lemma.lowercased()
        let y = b.lemma.lowercased()
        return x < y ? "\(x)\u{1}\(y)" : "\(y)\u{1}\(x)"
    }
}
