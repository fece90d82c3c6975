import VersusEngine

/// One line of a quality query set: a query and the passage that answers it.
public struct QualityQuery: Sendable, Equatable {
    public var query: String
    /// The slug of the answering article.
    public var article: String
    public var kind: PassageKind
    /// A short exact substring of the answering passage's heading or text.
    public var answer: String
    public var category: String
    /// `tune` or `holdout`.
    public var split: String

    /// Reads a TSV file: `query, article, kind, answer, category[, split]`; `#` lines are comments.
    public static func parse(tsv: String, file: String) throws -> [QualityQuery] {
        var queries: [QualityQuery] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 || fields.count == 6, let kind = PassageKind(rawValue: fields[2]) else {
                throw VersusError.invalidParameter(
                    name: "queries", reason: "\(file):\(number + 1): expected query, article, kind, answer, category[, split]")
            }
            queries.append(
                QualityQuery(
                    query: fields[0], article: fields[1], kind: kind, answer: fields[3], category: fields[4],
                    split: fields.count == 6 ? fields[5] : "tune"))
        }
        return queries
    }

    /// Whether a hit is the answering passage.
    func isAnswer(_ hit: Hit) -> Bool {
        hit.article == article && hit.kind == kind && (hit.text.contains(answer) || (hit.heading?.contains(answer) ?? false))
    }

    /// Whether a first hit answers "about the right term" though not from the expected article.
    ///
    /// The rule of `versus eval`'s lenient article@1. The hit must be of the expected kind, and
    /// its article must have a term that is either
    /// - one of the expected article's two terms, ignoring case: "sonnet meaning", expecting a
    ///   definition in "sonnet vs. haiku" of the set, counts when a generated "Sonnet vs.
    ///   Villanelle" answers with a definition of sonnet; or
    /// - exactly what the query asks about: its words once the request words ("meaning", "what
    ///   is a", "example of", …, ``requestWords``) are dropped. "computer virus definition",
    ///   expecting "virus vs. worm", counts when "Logic Bomb vs. Computer Virus" answers with a
    ///   definition of computer virus.
    ///
    /// When the hit is about one term (a definition, an example, an FAQ naming one term), it must
    /// be about such a term: a definition of villanelle does not count. Terms are the titles'
    /// (`hitTerms`, `expectedTerms`).
    func isLenientArticleMatch(_ hit: Hit, hitTerms: [String], expectedTerms: [String]) -> Bool {
        guard hit.kind == kind else { return false }
        let expected = Set(expectedTerms.map { $0.lowercased() })
        let asked = Self.words(of: query).filter { !Self.requestWords.contains($0) }
        let shared = hitTerms.filter { expected.contains($0.lowercased()) || Self.words(of: $0) == asked }
        guard !shared.isEmpty else { return false }
        guard let term = hit.term else { return true }
        return shared.contains { $0.lowercased() == term.lowercased() }
    }

    /// Words that say how to answer, not what about; dropped from a query to find the term it asks
    /// about for lenient article@1. Kept apart from the engine's own lists so that the measure
    /// does not move when the engine's analysis does.
    static let requestWords: Set<String> = [
        "what", "whats", "is", "are", "a", "an", "the", "of", "does", "do", "how", "to", "in", "for",
        "meaning", "meanings", "mean", "means", "define", "definition", "definitions", "defined",
        "example", "examples", "sentence", "sentences", "use", "used", "using", "word", "term",
    ]

    /// Lowercased runs of letters and digits ("What's" → "whats").
    static func words(of text: String) -> [String] {
        text.lowercased().filter { $0 != "'" && $0 != "\u{2019}" }.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
