import Foundation
import VersusEngine

/// The index the server reads: opened read-only on first use, and again whenever the file at
/// `path` is replaced (a new inode), so that `versus index --rebuild` or a new file is picked up
/// without a restart.
///
/// Updates written in place by `versus index` need no reopening: the index is in WAL mode, and
/// each read sees the last committed content.
public final class IndexSource: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var opened: (index: ArticleIndex, file: FileIdentity)?

    public init(path: String) {
        self.path = path
    }

    /// The open index. Throws ``VersusError/indexNotFound(_:)`` when the file is missing and
    /// ``VersusError/indexUnusable(path:reason:)`` when it cannot be read as a Versus index.
    public func index() throws -> ArticleIndex {
        try lock.withLock {
            guard let file = FileIdentity(path: path) else {
                opened = nil
                throw VersusError.indexNotFound(path)
            }
            if let opened, opened.file == file { return opened.index }
            let index = try ArticleIndex.open(at: path, readOnly: true)
            opened = (index, file)
            return index
        }
    }
}

extension IndexSource {
    /// Opens the index and loads what its searches share, on a background thread; failures are
    /// left for the first request to report.
    public func warmUpInBackground() {
        DispatchQueue.global(qos: .utility).async { [self] in
            try? index().warmUp()
        }
    }
}

/// What tells one file from another at the same path: its device and inode numbers.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    /// nil when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
