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
/// with a reported problem instead of running forever. Links to folders are entered only after
/// every real folder, so that a folder reached both directly and through a link is walked (and
/// its articles indexed) under its own path, and the link is what gets reported. Folders deeper
/// than ``maximumDepth`` are reported, not entered.
struct CorpusScanner {
    static let maximumDepth = 32

    var files: [SourceFile] = []
    var problems: [IndexReport.Failure] = []
    private var visitedFolders: Set<FileIdentity> = []
    /// Links to folders met during the walk, entered after the real folders.
    private var folderLinks: [(path: String, info: stat, depth: Int)] = []

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
        var next = 0
        while next < scanner.folderLinks.count {
            let link = scanner.folderLinks[next]
            next += 1
            scanner.visit(link.path, info: link.info, depth: link.depth)
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
            guard let names = entries(of: path) else {
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
                var linkInfo = stat()
                if childInfo.st_mode & S_IFMT == S_IFDIR, lstat(child, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
                    folderLinks.append((child, childInfo, depth + 1))
                    continue
                }
                visit(child, info: childInfo, depth: depth + 1)
            }
        default:
            problems.append(.init(path: path, line: nil, reason: "not a regular file"))
        }
    }

    /// Where `d_name` lies in a `dirent`.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// The names in a folder, from the raw bytes of the file system: a name that is not UTF-8
    /// is reported (under its name with the bad bytes replaced) instead of being turned into a
    /// path that does not exist. `nil` when the folder cannot be read.
    private mutating func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            // Only the name's own bytes are read. `entry.pointee` would copy a whole `dirent`
            // (280 bytes), but glibc packs records by their length: the last one in its buffer
            // can end just before an unmapped page, and the copy then crashed the run.
            let name = UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else if bytes.first != 0x2E {
                let shown = (folder == "/" ? "/" : folder + "/") + String(decoding: bytes, as: UTF8.self)
                problems.append(.init(path: shown, line: nil, reason: "the file name is not valid UTF-8"))
            }
        }
        return names
    }
}

extension SourceFile {
    /// The file's bytes, read without ever blocking the run.
    ///
    /// The file is opened non-blocking and checked to still be a regular file, so that one
    /// replaced by a FIFO after the scan cannot stall indexing; reading stops past `limit`.
    /// A failure is a ``ParseError`` naming the file: an unreadable file is reported as such,
    /// never as an empty one.
    func contents(limit: Int = SourceText.maximumBytes) throws(ParseError) -> [UInt8] {
        func failure(_ detail: String) -> ParseError { ParseError(file: path, line: nil, reason: .unreadable(detail)) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw failure("it is no longer a regular file") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(Int(info.st_size), 0), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(String(cString: strerror(errno)))
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        if bytes.count > limit {
            throw ParseError(file: path, line: nil, reason: .tooLarge(bytes: max(Int(info.st_size), bytes.count), limit: limit))
        }
        return bytes
    }
}
