/// What the engine reports to the person using it, in two categories (``Category``): a mistake
/// of the request's (a bad parameter, an unknown article, a missing path) or a condition of the
/// index or the machine (no index yet, a damaged or foreign file, another writer, a full disk).
///
/// Anything else the engine throws (an SQLite failure Versus did not expect, a broken invariant)
/// is an internal fault. Messages say what happened in the engine's words; the CLI and the
/// server add their own advice (a command to run, a status to retry on).
public enum VersusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whose the error is.
    public enum Category: Sendable {
        /// The request is wrong: fix it and try again.
        case userMistake
        /// The index or the machine cannot serve the request now; the request itself is fine.
        case systemCondition
    }

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
            "no index at \(path)"
        case .indexUnusable(let path, let reason):
            "the index at \(path) cannot be used (\(reason))"
        case .indexBusy(let path):
            "another process is writing the index at \(path)"
        case .notAnIndex(let path, let what):
            "\(path) is \(what), not a Versus index; Versus will not write to it"
        case .diskFull(let path):
            "the disk is full while writing the index at \(path); the index is as it was before this run"
        case .indexWriteFailed(let path, let reason):
            "could not write the index at \(path) (\(reason)); the index is as it was before this run"
        case .articleNotFound(let slug):
            "no article with the slug '\(slug)'"
        case .invalidParameter(let name, let reason):
            "invalid \(name): \(reason)"
        }
    }

    public var category: Category {
        switch self {
        case .pathNotFound, .articleNotFound, .invalidParameter: .userMistake
        case .indexNotFound, .indexUnusable, .indexBusy, .notAnIndex, .diskFull, .indexWriteFailed: .systemCondition
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
