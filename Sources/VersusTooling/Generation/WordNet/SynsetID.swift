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
