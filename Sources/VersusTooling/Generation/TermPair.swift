/// One term of a generated article: a lemma as WordNet spells it, and the sense (synset) the
/// article compares.
public struct Term: Sendable, Hashable {
    /// The lemma as entered in its synset, spaces for underscores: `violin`, `bear market`, `Paris`.
    public let lemma: String
    public let synset: SynsetID
    /// The lemma as the index files write it (lowercased), to look it up and compare it.
    let key: String

    public init(lemma: String, synset: SynsetID) {
        self.lemma = lemma
        self.synset = synset
        key = WordNet.key(lemma)
    }

    /// The lemma as a title writes it: each word's first letter in upper case (`Bear Market`).
    public var titled: String {
        lemma.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The lemma in a slug: lowercased, words joined by hyphens, only letters and digits kept.
    var slugPart: String {
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "-"): if let last = out.last, last != UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
            default: continue
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
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
    public let a: Term
    public let b: Term
    public let relation: PairRelation
    /// The article's slug: `violin-vs-viola`.
    public let slug: String

    public init(a: Term, b: Term, relation: PairRelation) {
        self.a = a
        self.b = b
        self.relation = relation
        slug = "\(a.slugPart)-vs-\(b.slugPart)"
    }

    /// The slug of the same pair the other way round: `viola-vs-violin`.
    var reversedSlug: String { "\(b.slugPart)-vs-\(a.slugPart)" }

    /// The lemmas in order, as a key for "the same pair either way round".
    var unorderedKey: String {
        a.key < b.key ? "\(a.key)\u{1}\(b.key)" : "\(b.key)\u{1}\(a.key)"
    }
}
