/// For a word, the words of the same root that WordNet derives from it in its common senses:
/// "curable" → cure, "angry" → anger, "therapy" → therapeutic. They match as the word's
/// alternatives, as the forms of ``WordVariants`` do: "is glaucoma curable" is answered by "Can
/// glaucoma be cured?".
///
/// Read from `Sources/VersusEngine/Resources/derivations.txt`, derived from WordNet 3.0 by
/// `versus related-words` (`DerivationsBuilder`) and carrying WordNet's licence notice.
public struct Derivations: Sendable {
    private let lines: WordLines

    public static let none = Derivations(text: "")

    /// Parses the file format (``WordLines``).
    public init(text: String) {
        lines = WordLines(text: text)
    }

    private init(lines: WordLines) {
        self.lines = lines
    }

    /// The file bundled with Versus, read on first use.
    public static let bundled = Derivations(lines: .bundled("derivations"))

    /// The derivations of `word` (folded), empty when the file has none.
    public func forms(of word: String) -> [String] {
        lines.items(of: word)
    }
}
