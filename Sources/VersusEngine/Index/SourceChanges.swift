/// What changed on disk under some roots since the index last read them: the one change
/// detection of both the indexer and the query commands' refresh check.
///
/// A file whose size and modification time are as stored is taken as unchanged without being
/// read; any other file is read (and then skipped if its content hash is as stored). A stored
/// article under the roots whose file is gone is removed.
struct SourceChanges {
    /// New files, and files whose size or modification time changed.
    var toRead: [SourceFile] = []
    /// Stored articles under the roots whose file is gone.
    var removed: [StoredArticle] = []
    /// Files whose size and modification time are as stored.
    var unchanged = 0

    /// Compares the files under `roots` (absolute) with the stored articles.
    init(scan: CorpusScanner, stored: [StoredArticle], roots: [String]) {
        let storedByPath = Dictionary(stored.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        for file in scan.files {
            if let s = storedByPath[file.path], s.fileSize == file.size, s.fileModified == file.modified {
                unchanged += 1
            } else {
                toRead.append(file)
            }
        }
        let scanned = Set(scan.files.map(\.path))
        removed = stored.filter { s in
            !scanned.contains(s.sourcePath) && roots.contains { Self.path(s.sourcePath, isWithin: $0) }
        }
    }

    /// Whether nothing needs indexing. A file that failed to parse is never stored, so it is
    /// read again by every run and counts as a change.
    var isEmpty: Bool { toRead.isEmpty && removed.isEmpty }

    static func path(_ path: String, isWithin root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
