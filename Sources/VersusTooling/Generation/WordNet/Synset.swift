/// Which synset: its part of speech and its byte offset in that part of speech's data file
/// (WordNet's own identity for a synset), packed into one integer for cheap hashing.
public struct SynsetID: Hashable, Sendable, Comparable, CustomStringConvertible {
    let raw: Int

    public init(_ partOfSpeech: PartOfSpeech, offset: Int) {
        raw = offset << 2 | partOfSpeech.rawValue
    }

    public var partOfSpeech: PartOfSpeech { PartOfSpeech(rawValue: raw & 3)! }
    public var offset: Int { raw >> 2 }
    public var description: String { "\(partOfSpeech.fileSuffix):\(offset)" }

    public static func < (lhs: SynsetID, rhs: SynsetID) -> Bool { lhs.raw < rhs.raw }
}

/// One synset of a WordNet data file: a set of synonyms with one meaning, its gloss and its
/// pointers to other synsets.
public struct Synset: Sendable, Equatable {
    public var id: SynsetID
    /// The number of its lexicographer file (see ``LexicographerFile``): 06 is `noun.artifact`.
    public var lexFileNumber: Int
    /// An adjective satellite (`s`): its meaning hangs off a head adjective by a `&` pointer.
    public var isSatellite: Bool
    /// Its words as the lexicographer entered them (case kept), underscores read as spaces and
    /// adjective markers such as `(a)` dropped: `["violin", "fiddle"]`.
    public var words: [String]
    public var pointers: [Pointer]
    /// The gloss's definition: the text before its first quoted example.
    public var definition: String
    /// The gloss's quoted example sentences, without their quotes.
    public var examples: [String]

    public var lexicographerFile: LexicographerFile { LexicographerFile(number: lexFileNumber) }

    /// The targets of its pointers of one relation, from the whole synset or from one of its
    /// words, in file order.
    public func targets(_ relation: Relation) -> [SynsetID] {
        pointers.filter { $0.relation == relation }.map(\.target)
    }
}

/// A pointer from a synset (or one of its words) to another synset (or one of its words).
public struct Pointer: Sendable, Equatable {
    public var relation: Relation
    public var target: SynsetID
    /// The word of the source synset the pointer starts from, from 1; 0 for the whole synset
    /// (a semantic pointer).
    public var sourceWord: Int
    /// The word of the target synset it points at, from 1; 0 for the whole synset.
    public var targetWord: Int
}

/// The relations of WordNet's pointer symbols (`wninput(5WN)`), as far as articles use them.
public enum Relation: String, Sendable, CaseIterable {
    case antonym = "!"
    case hypernym = "@"
    case instanceHypernym = "@i"
    case hyponym = "~"
    case instanceHyponym = "~i"
    case memberHolonym = "#m"
    case substanceHolonym = "#s"
    case partHolonym = "#p"
    case memberMeronym = "%m"
    case substanceMeronym = "%s"
    case partMeronym = "%p"
    case attribute = "="
    case derivation = "+"
    case topicDomain = ";c"
    case topicMember = "-c"
    case regionDomain = ";r"
    case regionMember = "-r"
    case usageDomain = ";u"
    case usageMember = "-u"
    case entailment = "*"
    case cause = ">"
    case alsoSee = "^"
    case verbGroup = "$"
    case similar = "&"
    case participle = "<"
    case pertainym = "\\"
}
