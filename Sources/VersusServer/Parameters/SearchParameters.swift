import VersusEngine

/// `GET /search` (and the search page): query parameters → ``SearchRequest``.
///
/// `q` is required and may be empty; `limit` (1–100, default 10), `offset` (0–1000), `kind`
/// (repeatable), `article`, `prefix` and `explain` are optional, and an empty value counts as
/// absent. Unknown parameters are ignored.
enum SearchParameters {
    /// The longest query accepted, in Unicode code points (as JSON Schema's `maxLength` counts):
    /// longer ones are a 400, not a slow search.
    static let maximumQueryLength = 1_000

    static func request(from parameters: QueryParameters) throws(APIError) -> SearchRequest {
        let request = SearchRequest(
            query: try query(from: parameters),
            limit: try parameters.integer("limit", default: 10),
            offset: try parameters.integer("offset", default: 0),
            kinds: try kinds(from: parameters),
            article: try parameters.optional("article"),
            prefix: try parameters.flag("prefix"),
            explain: try parameters.flag("explain"))
        do {
            try request.validate()
        } catch {
            throw APIError(error)
        }
        return request
    }

    /// The required `q`, at most ``maximumQueryLength`` characters.
    static func query(from parameters: QueryParameters) throws(APIError) -> String {
        let query = try parameters.required("q")
        let length = query.unicodeScalars.count
        guard length <= maximumQueryLength else {
            throw .invalidParameter("q", "must be at most \(maximumQueryLength) characters, got \(length)")
        }
        return query
    }

    static func kinds(from parameters: QueryParameters) throws(APIError) -> Set<PassageKind> {
        var kinds = Set<PassageKind>()
        for value in parameters.values("kind") where !value.isEmpty {
            guard let kind = PassageKind(rawValue: value) else {
                let names = PassageKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidParameter("kind", "'\(QueryParameters.quoted(value))' is not one of \(names)")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}
