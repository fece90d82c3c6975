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
    /// The rule of `versus eval`'s lenient article@1: the hit's article has a term equal,
    /// ignoring case, to one of the expected article's two terms; the hit is of the expected
    /// kind; and when the hit is about one term (a definition, an example, an FAQ naming one
    /// term) it is about such a shared term. So "sonnet meaning", expecting a definition in
    /// "sonnet vs. haiku" of the set, counts when a generated "Sonnet vs. Villanelle" answers with
    /// a definition of sonnet, but not with a definition of villanelle. Terms are the titles'
    /// (`hitTerms`, `expectedTerms`).
    func isLenientArticleMatch(_ hit: Hit, hitTerms: [String], expectedTerms: [String]) -> Bool {
        guard hit.kind == kind else { return false }
        let expected = Set(expectedTerms.map { $0.lowercased() })
        let shared = hitTerms.filter { expected.contains($0.lowercased()) }
        guard !shared.isEmpty else { return false }
        guard let term = hit.term else { return true }
        return shared.contains { $0.lowercased() == term.lowercased() }
    }
}
