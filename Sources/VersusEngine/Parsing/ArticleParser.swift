/// Reads one comparison article from plain text, from line shapes alone.
///
/// The format (see the README) is a site line, a title `A vs. B: …`, an optional byline,
/// a one-line summary, then the sections `Key Differences`, `Comparison Chart`,
/// `A and B Definitions` and an unheaded FAQ, then footer boilerplate. Any section may be
/// missing. The footer's bios and trailing site lines are dropped; its author and editor
/// names fill in a missing byline.
///
/// The parser knows nothing of storage: it turns bytes into an ``Article`` or a ``ParseError``.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses a file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - slug: the article's identifier, usually the file name without its extension.
    ///   - file: the name used in error messages.
    public func parse(_ bytes: some Collection<UInt8>, slug: String, file: String) throws(ParseError) -> Article {
        let source = try SourceText(bytes: bytes, file: file)
        var reader = ArticleReader(lines: source.lines, slug: slug, file: file)
        return try reader.read()
    }

    /// Parses text already in memory.
    public func parse(text: String, slug: String, file: String = "<text>") throws(ParseError) -> Article {
        try parse(Array(text.utf8), slug: slug, file: file)
    }
}
