import Foundation

/// A file found under the paths given to the indexer.
struct SourceFile: Sendable {
    /// The absolute, standardized path.
    var path: String
    var size: Int
    /// Modification time, seconds since 1970.
    var modified: Double

    /// The file name without its extension: the article's slug.
    var slug: String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}

/// Finds the article files under files and folders, recursively.
///
/// Hidden files and folders (a name starting with `.`) are skipped. Symbolic links are
/// followed, but a folder is never entered twice, so a link loop ends the walk of that branch
/// with a reported problem instead of running forever. Folders deeper than ``maximumDepth``
/// are reported, not entered.
struct CorpusScanner {
    static let maximumDepth = 32

    var files: [SourceFile] = []
    var problems: [IndexReport.Failure] = []
    private var visitedFolders: Set<FileIdentity> = []

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Scans `roots`. A root that does not exist is a user error.
    static func scan(_ roots: [String]) throws(VersusError) -> CorpusScanner {
        var scanner = CorpusScanner()
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                throw .pathNotFound(root)
            }
            scanner.visit(root, info: info, depth: 0)
        }
        scanner.files.sort { $0.path < $1.path }
        return scanner
    }

    /// The absolute, standardized form of a path given on the command line.
    static func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var standardized = (absolute as NSString).standardizingPath
        while standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }

    private mutating func visit(_ path: String, info: stat, depth: Int) {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            files.append(SourceFile(path: path, size: Int(info.st_size), modified: seconds))
        case S_IFDIR:
            let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visitedFolders.insert(identity).inserted else {
                problems.append(.init(path: path, line: nil, reason: "folder already visited (a symbolic link loop?)"))
                return
            }
            guard depth < Self.maximumDepth else {
                problems.append(.init(path: path, line: nil, reason: "folder nested deeper than \(Self.maximumDepth) levels"))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                problems.append(.init(path: path, line: nil, reason: "folder cannot be read"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = path == "/" ? "/" + name : path + "/" + name
                var childInfo = stat()
                guard stat(child, &childInfo) == 0 else {
                    problems.append(.init(path: child, line: nil, reason: "broken symbolic link or unreadable entry"))
                    continue
                }
                visit(child, info: childInfo, depth: depth + 1)
            }
        default:
            problems.append(.init(path: path, line: nil, reason: "not a regular file"))
        }
    }
}
