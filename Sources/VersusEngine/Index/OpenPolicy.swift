import Foundation

/// How the query commands and the server open an index for searching: build it from a folder
/// when there is none, bring it up to date when its files changed, and answer from it as it is
/// when it cannot be written.
///
/// ```swift
/// let index = try ArticleIndex.open(at: ".versus/index.sqlite", policy: OpenPolicy(corpus: "Corpus")) { event in
///     print(event)
/// }
/// ```
public struct OpenPolicy: Sendable {
    /// The folder indexed when there is no index yet (or an empty one that remembers no
    /// folder); nil to report a missing index as ``VersusError/indexNotFound(_:)``.
    public var corpus: String?
    /// Whether to re-index the indexed folders when a file under them was added, changed or deleted.
    public var refresh: Bool

    public init(corpus: String? = nil, refresh: Bool = true) {
        self.corpus = corpus
        self.refresh = refresh
    }

    /// What opening did besides opening, for the caller to tell its user.
    public enum Event: Sendable {
        /// There was no index: the corpus folder is being indexed first.
        case building(corpus: String)
        /// The index held nothing and remembered no folder (e.g. rebuilt for a new schema).
        case indexingEmpty(corpus: String)
        /// The index was written by another version of Versus and opening it erased it: the
        /// folders it remembers are indexed again, with or without ``OpenPolicy/refresh``, since
        /// it could answer nothing before.
        case reindexingOtherVersion(roots: [String])
        /// Files under the indexed folders changed: they are being indexed again.
        case refreshing
        /// An indexing run finished.
        case indexed(IndexReport)
        /// Another process holds the write lock (likely doing this very update): the index
        /// answers from its last committed content.
        case refreshSkippedBusy
        /// The update failed and was rolled back (a full disk): the index answers as it was.
        case refreshFailed(VersusError)
        /// The index cannot be written at all: it is opened read-only, without refreshing.
        case openedReadOnly(VersusError)
    }
}

extension ArticleIndex {
    /// Opens the index at `path` for searching under `policy`, telling `events` what it did.
    public static func open(
        at path: String, policy: OpenPolicy, weights: RankingWeights = .default, synonyms: Synonyms = .bundled,
        progress: (@Sendable (IndexProgress) -> Void)? = nil, events: (OpenPolicy.Event) -> Void = { _ in }
    ) throws -> ArticleIndex {
        let fileManager = FileManager.default
        let corpus = policy.corpus.flatMap { folder -> String? in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue ? folder : nil
        }
        func index(_ folder: String, into index: ArticleIndex) throws {
            events(.indexed(try index.update(from: [folder], progress: progress)))
        }
        if !fileManager.fileExists(atPath: path) {
            guard let corpus else { throw VersusError.indexNotFound(path) }
            events(.building(corpus: corpus))
            let opened = try open(at: path, creating: true, weights: weights, synonyms: synonyms)
            try index(corpus, into: opened)
            return opened
        }
        let opened: ArticleIndex
        do {
            opened = try open(at: path, creating: true, weights: weights, synonyms: synonyms)
        } catch let error as VersusError where error.isWriteFailure {
            guard let readOnly = try? open(at: path, readOnly: true, weights: weights, synonyms: synonyms) else { throw error }
            events(.openedReadOnly(error))
            return readOnly
        }
        if opened.store.erasedOtherVersion {
            let roots = try opened.roots().filter { fileManager.fileExists(atPath: $0) }
            if !roots.isEmpty {
                events(.reindexingOtherVersion(roots: roots))
                events(.indexed(try opened.update(from: roots, progress: progress)))
                return opened
            }
        }
        if let corpus, try opened.roots().isEmpty, try opened.stats().articles == 0 {
            events(.indexingEmpty(corpus: corpus))
            try index(corpus, into: opened)
            return opened
        }
        if policy.refresh, try opened.isStale() {
            events(.refreshing)
            let roots = try opened.roots().filter { fileManager.fileExists(atPath: $0) }
            do {
                events(.indexed(try opened.update(from: roots, progress: progress)))
            } catch VersusError.indexBusy {
                events(.refreshSkippedBusy)
            } catch let error as VersusError where error.isWriteFailure {
                events(.refreshFailed(error))
            }
        }
        return opened
    }
}
