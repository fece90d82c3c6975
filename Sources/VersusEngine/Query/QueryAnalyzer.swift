/// A word of the query that takes part in matching.
public struct QueryTerm: Sendable, Equatable, Codable {
    /// The word as folded from the query (`asynchronous`).
    public var word: String
    /// Its Porter stem, the form FTS5 indexed (`asynchron`).
    public var stem: String

    public init(word: String) {
        self.word = word
        self.stem = PorterStemmer.stem(word)
    }
}

/// What the analyzer made of the user's text.
public struct AnalyzedQuery: Sendable, Equatable {
    /// The query as the user typed it.
    public var text: String
    /// The words that take part in matching, in query order, without duplicates.
    public var terms: [QueryTerm]

    /// The distinct stems of ``terms``.
    public var stems: [String] {
        var seen = Set<String>()
        return terms.map(\.stem).filter { seen.insert($0).inserted }
    }

    /// The FTS5 query: every term as a quoted string, joined by `OR`.
    ///
    /// Quoting makes any word safe: `"and" OR "c"` cannot be read as FTS5 syntax, and the words
    /// themselves are letters and digits only. `nil` when there is nothing to match.
    ///
    /// ```sql
    /// ... WHERE passage_fts MATCH '"email" OR "asynchronous"'
    /// ```
    public var matchExpression: String? {
        terms.isEmpty ? nil : terms.map { "\"\($0.word)\"" }.joined(separator: " OR ")
    }
}

/// Turns what a person typed into terms the index can match, never into an error.
///
/// Steps: split into words exactly as the index tokenizer does (so `it's`, `C++`, `a-b`,
/// quotes, `AND`, `col:`, `*`, NUL and emoji are only separators or plain words); drop stop
/// words when other words remain, but never a word of an article's terms (`who`, `less`);
/// remove duplicates; keep at most ``maximumTerms``.
public struct QueryAnalyzer: Sendable {
    /// More words than this add cost but no precision; the rest of a very long query is ignored.
    public static let maximumTerms = 32

    /// Words that name an indexed article's terms; never treated as stop words.
    public var protectedWords: Set<String>

    public init(protectedWords: Set<String> = []) {
        self.protectedWords = protectedWords
    }

    public func analyze(_ text: String) -> AnalyzedQuery {
        let words = WordTokenizer.words(in: text, limit: Self.maximumTerms * 4)
        let significant = words.filter { !StopWords.contains($0) || protectedWords.contains($0) }
        let kept = significant.isEmpty ? words : significant
        var seen = Set<String>()
        let terms = kept.filter { seen.insert($0).inserted }.prefix(Self.maximumTerms).map(QueryTerm.init(word:))
        return AnalyzedQuery(text: text, terms: Array(terms))
    }
}
