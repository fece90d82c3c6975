
/// For a word, the stems of the words that explain it or are linked to it in WordNet: "angry" →
/// anger, enrage, …; "mining" → extract, ore, coal, …. Read when a request for a meaning or an
/// example qualifies its term with a word the sense's text does not hold ("simmer meaning
/// angry": the sense says "filled with anger"), so that the sense holding a related word wins.
///
/// Read from `Sources/VersusEngine/Resources/related-words.txt`, derived from WordNet 3.0 by
/// `versus related-words` and carrying WordNet's licence notice: one line a word,
/// `word<TAB>stem stem …` (``WordLines``).
public struct RelatedWords: Sendable {
    private let lines: WordLines

    public static let none = RelatedWords(text: "")

    /// Parses the file format (``WordLines``).
    public init(text: String) {
        lines = WordLines(text: text)
    }

    private init(lines: WordLines) {
        self.lines = lines
    }

    /// The file bundled with Versus, read on first use.
    public static let bundled = RelatedWords(lines: .bundled("related-words"))

    /// The stems related to `word` (folded), empty when the file does not have it.
    public func stems(of word: String) -> [String] {
        lines.items(of: word)
    }
}
