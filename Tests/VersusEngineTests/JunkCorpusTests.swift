import Foundation
import GRDB
import Testing
@testable import VersusEngine

/// One corpus folder with every kind of junk a real folder collects beside good articles: empty,
/// blank, binary, non-UTF-8, NUL bytes inside an article, a multi-megabyte single line, an
/// oversized file, a FIFO, a socket, device and unreadable files, an endless file of size 0,
/// broken and looping symbolic links, folders nested past the limit, a folder named like an
/// article, a name that is not UTF-8, a duplicate slug, and a few hundred random files. Indexing it must index every good
/// file, report every bad one with its path and reason, and end (no read may block).
@Suite struct JunkCorpusTests {
    /// A junk entry: where it is, and words its reported reason must contain.
    struct Junk {
        var path: String
        var reason: String
        var line: Int?
    }

    /// The folder, what it holds, and what indexing it must report.
    struct Folder {
        var root: String
        var good: [String: String] = [:]  // path -> slug
        var junk: [Junk] = []
        /// Entries that must be neither indexed nor reported (hidden files, empty folders).
        var ignored: [String] = []
    }

    static func article(_ terms: (String, String), lineEnding: String = "\n") -> String {
        var builder = ArticleBuilder()
        builder.title = "\(terms.0) vs. \(terms.1): What's the Difference?"
        builder.lineEnding = lineEnding
        return builder.text
    }

    /// Builds the folder in a fresh temporary folder.
    static func makeFolder() throws -> Folder {
        let root = try TestSupport.temporaryFolder() + "/corpus"
        var folder = Folder(root: root)
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        func write(_ bytes: [UInt8], _ relative: String) throws -> String {
            let path = root + "/" + relative
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        func good(_ relative: String, _ terms: (String, String), lineEnding: String = "\n") throws {
            let path = try write(Array(article(terms, lineEnding: lineEnding).utf8), relative)
            folder.good[path] = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        func junk(_ path: String, _ reason: String, line: Int? = nil) {
            folder.junk.append(Junk(path: path, reason: reason, line: line))
        }

        // Good articles: at the top, nested, CRLF, with a BOM, inside a folder named like an article,
        // and one level above the depth limit.
        try good("tea-vs-coffee.txt", ("Tea", "Coffee"))
        try good("drinks/hot/cocoa-vs-chocolate.txt", ("Cocoa", "Chocolate"), lineEnding: "\r\n")
        folder.good[try write([0xEF, 0xBB, 0xBF] + Array(article(("Milk", "Cream")).utf8), "bom/milk-vs-cream.txt")] =
            "milk-vs-cream"
        try good("looks-like-an-article.txt/juice-vs-smoothie.txt", ("Juice", "Smoothie"))
        // The root is at depth 0, `deep` at 1, `deep/30` at 31: the deepest folder entered.
        var deep = "deep"
        for level in 1..<(CorpusScanner.maximumDepth - 1) { deep += "/\(level)" }
        try good(deep + "/deepest-vs-allowed.txt", ("Deepest", "Allowed"))
        // Beyond the limit: the folder is reported and not entered.
        let tooDeep = deep + "/\(CorpusScanner.maximumDepth - 1)"
        _ = try write(Array(article(("Too", "Deep")).utf8), tooDeep + "/1/too-vs-deep.txt")
        junk(root + "/" + tooDeep, "nested deeper than \(CorpusScanner.maximumDepth)")

        // Files that are not articles.
        junk(try write([], "empty.txt"), "empty")
        junk(try write(Array(" \n\t\r\n\n   \n".utf8), "blank.txt"), "empty")
        junk(try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + (0..<200).map { UInt8($0) }, "image.png"),
             "binary", line: 3)
        let latin1 = Array(article(("Cafe", "Bistro")).utf8).map { $0 == UInt8(ascii: "k") ? 0xE9 : $0 }  // é in Latin-1
        let firstK = Array(article(("Cafe", "Bistro")).utf8).firstIndex(of: UInt8(ascii: "k"))!
        junk(try write(latin1, "latin1.txt"), "not valid UTF-8",
             line: 1 + Array(article(("Cafe", "Bistro")).utf8)[..<firstK].filter { $0 == 0x0A }.count)
        // A NUL byte inside the `Key Differences` header of a good article.
        let nulText = article(("Nul", "Byte"))
        let header = try #require(nulText.range(of: "Key Differences"))
        let nulLine = 1 + nulText[..<header.lowerBound].filter { $0 == "\n" }.count
        var withNUL = Array(nulText.utf8)
        withNUL.insert(0, at: nulText.utf8.distance(from: nulText.startIndex, to: header.lowerBound) + 3)
        junk(try write(withNUL, "nul-inside.txt"), "NUL", line: nulLine)
        // A multi-megabyte single line: an article with its line breaks removed, repeated.
        let oneLine = article(("One", "Line")).replacingOccurrences(of: "\n", with: " ")
        let multiMegabyte = Array(String(repeating: oneLine, count: (3 << 20) / oneLine.utf8.count).utf8)
        junk(try write(multiMegabyte, "one-line.txt"), "a line is \(multiMegabyte.count) bytes long", line: 1)
        // A multi-megabyte single line past a good start.
        junk(try write(Array((article(("Long", "Tail")) + "\n" + String(repeating: "x", count: 2 << 20)).utf8), "long-tail.txt"),
             "bytes long", line: article(("Long", "Tail")).split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        // Larger than any article: refused from its size, without reading it (a sparse file).
        let huge = root + "/huge.txt"
        #expect(fm.createFile(atPath: huge, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: UInt64(SourceText.maximumBytes) * 64)
        try handle.close()
        junk(huge, "more than the \(SourceText.maximumBytes)-byte limit")
        junk(try write(Array("# Notes\n\nNothing to see here.\n".utf8), "README.md"), "no title", line: 1)
        junk(try write(Array("Tea vs. Coffee\n\n\n".utf8), "title-only.txt"), "no summary", line: 1)
        junk(try write(Array(article(("Tea", "Coffee")).utf8), "z-copies/tea-vs-coffee.txt"), "duplicate slug 'tea-vs-coffee'")

        // Entries that are not regular files: none may be opened, and a FIFO must not block.
        let fifo = root + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        junk(fifo, "not a regular file")
        try fm.createSymbolicLink(atPath: root + "/link-to-pipe.txt", withDestinationPath: fifo)
        junk(root + "/link-to-pipe.txt", "not a regular file")
        let socketPath = root + "/socket.txt"
        try bindSocket(at: socketPath)
        junk(socketPath, "not a regular file")
        try fm.createSymbolicLink(atPath: root + "/null.txt", withDestinationPath: "/dev/null")
        junk(root + "/null.txt", "not a regular file")
        try fm.createSymbolicLink(atPath: root + "/zero.txt", withDestinationPath: "/dev/zero")
        junk(root + "/zero.txt", "not a regular file")
        // A regular file that cannot be read. `chmod 000` does not stop root (the tests may run
        // as root); /proc/self/mem is a regular file that every process fails to read at offset 0.
        if fm.fileExists(atPath: "/proc/self/mem") {
            try fm.createSymbolicLink(atPath: root + "/mem.txt", withDestinationPath: "/proc/self/mem")
            junk(root + "/mem.txt", "cannot be read")
        }
        // A regular file whose size says 0 but whose content never ends (the process's page map,
        // 8 bytes for each page of its address space): the read stops past the article limit.
        if fm.fileExists(atPath: "/proc/self/pagemap") {
            try fm.createSymbolicLink(atPath: root + "/pagemap.txt", withDestinationPath: "/proc/self/pagemap")
            junk(root + "/pagemap.txt", "more than the \(SourceText.maximumBytes)-byte limit")
        }
        let locked = try write(Array(article(("Locked", "Open")).utf8), "locked-vs-open.txt")
        #expect(chmod(locked, 0) == 0)
        if getuid() == 0 {
            folder.good[locked] = "locked-vs-open"  // root reads it anyway
        } else {
            junk(locked, "cannot be read")
        }

        // Links: broken, to itself, and loops back to a folder above.
        try fm.createSymbolicLink(atPath: root + "/broken.txt", withDestinationPath: root + "/no-such-file.txt")
        junk(root + "/broken.txt", "broken symbolic link")
        try fm.createSymbolicLink(atPath: root + "/self.txt", withDestinationPath: root + "/self.txt")
        junk(root + "/self.txt", "broken symbolic link")
        try fm.createSymbolicLink(atPath: root + "/drinks/hot/up", withDestinationPath: root + "/drinks")
        junk(root + "/drinks/hot/up", "already visited")
        try fm.createSymbolicLink(atPath: root + "/loop", withDestinationPath: ".")
        junk(root + "/loop", "already visited")
        // A link to a real folder, met before the folder itself: the folder is walked under its
        // own path, and the link is what is reported.
        try fm.createSymbolicLink(atPath: root + "/a-link-to-drinks", withDestinationPath: root + "/drinks")
        junk(root + "/a-link-to-drinks", "already visited")

        // A name that is not UTF-8.
        let badName = root + "/bad-name-"
        let rawName = (Array(badName.utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let descriptor = open(rawName, O_CREAT | O_WRONLY, 0o644)
        try #require(descriptor >= 0)
        close(descriptor)
        junk(String(decoding: Array(badName.utf8) + [0xFF, 0xFE] + Array(".txt".utf8), as: UTF8.self), "name is not valid UTF-8")

        // Hidden files and empty folders are skipped silently.
        folder.ignored.append(try write([0, 1, 2], ".hidden.txt"))
        try fm.createDirectory(atPath: root + "/empty-folder", withIntermediateDirectories: true)
        folder.ignored.append(root + "/empty-folder")

        // Many junk files at once.
        var random = FuzzInput(seed: 0x1A2B)
        for number in 0..<300 {
            let bytes: [UInt8]
            let reason: String
            switch number % 3 {
            case 0: (bytes, reason) = ([UInt8(number % 200 + 1), 0] + random.bytes(count: random.int(0...512)), "binary")
            case 1: (bytes, reason) = (Array("\(number) \(random.word(length: 20))\n".utf8), "no title")
            default: (bytes, reason) = (Array("\(number) ".utf8) + [0xFF] + Array(random.word(length: 8).utf8), "not valid UTF-8")
            }
            junk(try write(bytes, "many/junk-\(number).dat"), reason)
        }
        return folder
    }

    /// Binds a Unix-domain socket at `path`, leaving the socket file behind.
    static func bindSocket(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in bytes.enumerated() { buffer[i] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(result == 0, "cannot bind a socket at \(path): errno \(errno)")
    }

    @Test func junkIsReportedAndGoodArticlesAreIndexed() throws {
        let folder = try Self.makeFolder()
        let index = try ArticleIndex.open(at: (folder.root as NSString).deletingLastPathComponent + "/index.sqlite", creating: true)
        let report = try #require(
            try HangGuard.finishing { try index.update(from: [folder.root]) },
            "indexing the junk folder did not finish within \(HangGuard.limit)")

        // Every good file is indexed, from its own path.
        #expect(report.added == folder.good.count)
        for (path, slug) in folder.good {
            #expect(!report.failures.contains { $0.path == path }, "good file reported: \(path)")
            let stored = try index.store.pool.read {
                try String.fetchOne($0, sql: "SELECT source_path FROM article WHERE slug = ?", arguments: [slug])
            }
            #expect(stored == path, "\(slug): indexed from \(stored ?? "nowhere"), not \(path)")
        }
        // Every bad entry is reported once, with its path and reason (and line, when known).
        for junk in folder.junk {
            let failures = report.failures.filter { $0.path == junk.path }
            #expect(failures.count == 1, "\(junk.path): reported \(failures.count) times: \(failures)")
            guard let failure = failures.first else { continue }
            #expect(failure.reason.localizedCaseInsensitiveContains(junk.reason), "\(junk.path): \(failure.reason)")
            if let line = junk.line { #expect(failure.line == line, "\(junk.path): line \(String(describing: failure.line))") }
        }
        // Nothing else is reported.
        let expected = Set(folder.junk.map(\.path))
        let unexpected = report.failures.filter { !expected.contains($0.path) }
        #expect(unexpected.isEmpty, "\(unexpected)")
        for ignored in folder.ignored {
            #expect(!report.failures.contains { $0.path.hasPrefix(ignored) }, "\(ignored) was reported")
        }
        #expect(report.failed == folder.junk.count)

        // A second run reads nothing again and reports the same junk.
        let again = try #require(try HangGuard.finishing { try index.update(from: [folder.root]) })
        #expect(again.added == 0 && again.updated == 0 && again.removed == 0)
        #expect(again.unchanged == folder.good.count)
        #expect(Set(again.failures.map(\.path)) == Set(report.failures.map(\.path)))
    }

    /// A file the scan saw as a regular file may have become something else by the time it is
    /// read: a FIFO in its place must not block the run (opening one for reading waits for a
    /// writer), and a file that cannot be read is reported as such, not as an empty one.
    @Test func readingAFileThatChangedUnderTheScanDoesNotBlock() throws {
        let folder = try TestSupport.temporaryFolder()
        let fifo = folder + "/was-an-article.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let file = SourceFile(path: fifo, size: 100, modified: 0)
        let outcome = try #require(
            try HangGuard.finishing { Result { () throws(ParseError) in try file.contents() } },
            "reading a FIFO did not return within \(HangGuard.limit)")
        #expect(throws: ParseError(file: fifo, line: nil, reason: .unreadable("it is no longer a regular file"))) {
            try outcome.get()
        }
        let missing = SourceFile(path: folder + "/deleted.txt", size: 100, modified: 0)
        #expect(throws: ParseError(file: missing.path, line: nil, reason: .unreadable("No such file or directory"))) {
            try missing.contents()
        }
    }

    /// A folder of thousands of names of every length is listed whole. Reading each directory
    /// entry used to copy a whole `dirent`, past the end of glibc's buffer of packed records:
    /// AddressSanitizer reports that as a heap overflow on such a folder, and without it the
    /// copy crashed an indexing run now and then (when the buffer ended at an unmapped page).
    @Test func aLargeFolderIsListedWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        var expected = Set<String>()
        for index in 0..<3_000 {
            let path = folder + "/f\(index)-" + String(repeating: "x", count: index % 200) + ".txt"
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            expected.insert(path)
        }
        let scan = try CorpusScanner.scan([folder])
        #expect(Set(scan.files.map(\.path)) == expected)
        #expect(scan.problems.isEmpty)
    }
}
