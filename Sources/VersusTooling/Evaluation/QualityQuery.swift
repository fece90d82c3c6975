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
}
