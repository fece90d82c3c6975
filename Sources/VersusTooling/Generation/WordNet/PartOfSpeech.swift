/// A part of speech, as WordNet's files name and code it.
public enum PartOfSpeech: Int, Sendable, CaseIterable, Comparable, Codable {
    case noun, verb, adjective, adverb

    /// The suffix of its files: `data.noun`, `index.adj`.
    public var fileSuffix: String {
        switch self {
        case .noun: "noun"
        case .verb: "verb"
        case .adjective: "adj"
        case .adverb: "adv"
        }
    }

    /// Its name in an article: "noun", "adjective".
    public var name: String {
        switch self {
        case .noun: "noun"
        case .verb: "verb"
        case .adjective: "adjective"
        case .adverb: "adverb"
        }
    }

    /// The one-letter code of the data and index files: `n`, `v`, `a` (and `s`, an adjective
    /// satellite), `r`.
    init?(code: UInt8) {
        switch code {
        case UInt8(ascii: "n"): self = .noun
        case UInt8(ascii: "v"): self = .verb
        case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
        case UInt8(ascii: "r"): self = .adverb
        default: return nil
        }
    }

    public static func < (lhs: PartOfSpeech, rhs: PartOfSpeech) -> Bool { lhs.rawValue < rhs.rawValue }
}
