/// A mistake of the user's: a bad argument, a missing file, an unknown article.
///
/// These are reported as they are, with what to do; the HTTP layer maps them to 4xx.
/// Anything else thrown by the engine (an SQLite failure, an I/O error) is an internal fault.
public enum VersusError: Error, Sendable, Equatable, CustomStringConvertible {
    case pathNotFound(String)
    case indexNotFound(String)
    case indexUnusable(path: String, reason: String)
    case indexBusy(String)
    /// Something at the index path that Versus did not write (a folder, another program's
    /// SQLite database): never written to, moved or removed, even by `--rebuild`.
    case notAnIndex(path: String, what: String)
    /// The disk filled up while the index was written; the run was rolled back.
    case diskFull(String)
    /// The index (or its journal, or its folder) could not be written; the run was rolled back.
    case indexWriteFailed(path: String, reason: String)
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
            "another process is writing the index at \(path): try again when it has finished, or stop it"
        case .notAnIndex(let path, let what):
            "\(path) is \(what), not a Versus index; Versus will not write to it, even with --rebuild: "
                + "give another --db path, or move it away"
        case .diskFull(let path):
            "the disk is full while writing the index at \(path); the index is as it was before this run: "
                + "free some space and run `versus index` again"
        case .indexWriteFailed(let path, let reason):
            "could not write the index at \(path) (\(reason)); the index is as it was before this run"
        case .articleNotFound(let slug):
            "no article with the slug '\(slug)'"
        case .invalidParameter(let name, let reason):
            "invalid \(name): \(reason)"
        }
    }

    /// Whether the error says the index cannot be written now (a full disk, a failed write): it
    /// may still be read.
    public var isWriteFailure: Bool {
        switch self {
        case .diskFull, .indexWriteFailed: true
        default: false
        }
    }

    /// A stable machine-readable code, in Meilisearch's style.
    public var code: String {
        switch self {
        case .pathNotFound: "path_not_found"
        case .indexNotFound: "index_not_found"
        case .indexUnusable: "index_unusable"
        case .indexBusy: "index_busy"
        // A file that cannot serve as the index, as for an unreadable one.
        case .notAnIndex: "index_unusable"
        case .diskFull: "disk_full"
        case .indexWriteFailed: "index_write_failed"
        case .articleNotFound: "article_not_found"
        case .invalidParameter(let name, _): "invalid_\(name)"
        }
    }
}
