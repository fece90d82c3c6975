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
