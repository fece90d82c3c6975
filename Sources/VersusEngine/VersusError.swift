/// A mistake of the user's: a bad argument, a missing file, an unknown article.
///
/// These are reported as they are, with what to do; the HTTP layer maps them to 4xx.
/// Anything else thrown by the engine (an SQLite failure, an I/O error) is an internal fault.
public enum VersusError: Error, Sendable, Equatable, CustomStringConvertible {
    case pathNotFound(String)
    case indexNotFound(String)
    case indexUnusable(path: String, reason: String)
    case indexBusy(String)
    case articleNotFound(String)
    case invalidParameter(name: String, reason: String)

    public var description: String {
        switch self {
        case .pathNotFound(let path):
            "no such file or folder: \(path)"
        case .indexNotFound(let path):
            "no index at \(path): build one with `versus index [PATH ...]`"
        case .indexUnusable(let path, let reason):
            "the index at \(path) cannot be used (\(reason)); rebuild it with `versus index --rebuild`"
        case .indexBusy(let path):
            "another process is writing the index at \(path); try again when it has finished"
        case .articleNotFound(let slug):
            "no article with the slug '\(slug)'"
        case .invalidParameter(let name, let reason):
            "invalid \(name): \(reason)"
        }
    }

    /// A stable machine-readable code, in Meilisearch's style.
    public var code: String {
        switch self {
        case .pathNotFound: "path_not_found"
        case .indexNotFound: "index_not_found"
        case .indexUnusable: "index_unusable"
        case .indexBusy: "index_busy"
        case .articleNotFound: "article_not_found"
        case .invalidParameter(let name, _): "invalid_\(name)"
        }
    }
}
