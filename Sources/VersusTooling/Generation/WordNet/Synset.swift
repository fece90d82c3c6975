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
