import Hummingbird

/// The routes the server answers, one entry a path.
///
/// The router registers a handler for each; this table also tells the error middleware whether
/// an unmatched request named a known path with the wrong method (405, not 404), and gives the
/// metrics a bounded set of route labels.
public enum APIRoute: String, CaseIterable, Sendable {
    case page = "/"
    case search = "/search"
    case ask = "/ask"
    case article = "/articles/{slug}"
    case health = "/health"
    case stats = "/stats"
    case metrics = "/metrics"
    case openAPI = "/openapi.yaml"

    /// The methods every route accepts (HEAD is generated from GET).
    public static let allowedMethods: [HTTPRequest.Method] = [.get, .head]

    /// The label of requests that match no route, in logs and metrics.
    public static let unmatchedLabel = "unmatched"

    /// The route whose pattern matches `path`, if any: `{name}` matches one non-empty segment.
    public static func matching(path: String) -> APIRoute? {
        let segments = Self.segments(of: path)
        return allCases.first { route in
            let pattern = Self.segments(of: route.rawValue)
            guard pattern.count == segments.count else { return false }
            return zip(pattern, segments).allSatisfy { expected, actual in
                expected.hasPrefix("{") ? !actual.isEmpty : expected == actual
            }
        }
    }

    /// The path's segments, ignoring a trailing slash as the router does.
    private static func segments(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }
}
