/// A search's restrictions: passage kinds, and the one article asked for as its rowid range.
struct SearchFilter: Sendable {
    /// Only passages of these kinds; all kinds when empty.
    var kinds: [PassageKind] = []
    /// The rowid range of the one article asked for.
    var articleRange: ClosedRange<Int64>?
    /// Whether the filter names an article that does not exist, so nothing can match.
    var excludesEverything = false

    /// The filter of `request`: its kinds, and its article's passage range read from the index.
    init(request: SearchRequest, reader: IndexReader) throws {
        kinds = request.kinds.sorted()
        if let slug = request.article {
            articleRange = try reader.passageRange(ofArticle: slug)
            excludesEverything = articleRange == nil
        }
    }
}
