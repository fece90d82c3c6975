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
