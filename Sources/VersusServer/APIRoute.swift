import Hummingbird

/// The routes the server answers, one entry a path: the one table of them.
///
/// ``buildRouter(source:metrics:limits:)`` registers a handler for each; the error middleware
/// asks it whether an unmatched request named a known path with the wrong method (405, not
/// 404); the metrics take their bounded set of route labels from it; and a test checks that the
/// OpenAPI document describes exactly these paths.
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

    /// The path as Hummingbird's router reads it: `{slug}` captures one segment.
    var path: RouterPath { RouterPath(rawValue) }

    /// The route whose path matches `path`, whatever the method, segment by segment as the router
    /// matches them (a trailing slash ignored).
    ///
    /// The router itself cannot say: it keeps its trie to itself, and a known path asked with
    /// another method reaches the middleware as `context.endpointPath == "NotFound"`, like an
    /// unknown path.
    public static func matching(path: String) -> APIRoute? {
        let segments = path.split(separator: "/")
        return allCases.first { route in
            let pattern = route.path.components
            return pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0 ~= $1 }
        }
    }
}
