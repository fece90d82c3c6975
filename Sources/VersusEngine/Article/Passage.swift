/// The kind of searchable unit a passage is.
public enum PassageKind: String, Sendable, Codable, CaseIterable, Comparable {
    case summary, difference, chart, definition, example, faq

    public static func < (lhs: PassageKind, rhs: PassageKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One searchable unit of an article: the summary, a key-difference paragraph, a chart row,
/// a definition, an example sentence, or an FAQ pair.
public struct Passage: Sendable, Equatable, Codable {
    public var kind: PassageKind
    /// The term the passage is about.
    public var term: TermSide
    /// The FAQ question, the chart attribute, or the term of a definition or example.
    public var heading: String?
    public var text: String
    /// For an example: the definition it illustrates.
    public var sense: String?
    /// For a definition or example: the position of its sense among its term's senses, from 0.
    /// Dictionaries list the primary senses first.
    public var senseRank: Int?

    public init(kind: PassageKind, term: TermSide, heading: String?, text: String, sense: String? = nil, senseRank: Int? = nil) {
        self.kind = kind
        self.term = term
        self.heading = heading
        self.text = text
        self.sense = sense
        self.senseRank = senseRank
    }
}
