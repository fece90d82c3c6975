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
