import ArgumentParser
import Foundation
import VersusEngine

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index article files and folders (recursively).",
        discussion: """
            Incremental: unchanged files are skipped, changed ones replaced, deleted ones removed. \
            The whole run is one transaction: if it fails or is killed, the previous index stays whole \
            and searchable. Where there is no index yet, a new one is written beside the path \
            (PATH.building-PID) and appears at the path only when it is whole. A file that cannot \
            be parsed is reported with its line and reason and skipped; every other file is still \
            indexed. Hidden files and folders are skipped.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Files or folders to index.", valueName: "path"))
    var paths: [String] = [GlobalOptions.defaultCorpus]

    @Flag(help: "Discard the existing index content and index the paths from scratch. An unreadable index file is moved aside to PATH.unusable-TIME and replaced.")
    var rebuild = false

    @Flag(help: "Exit with status 3 when any file could not be parsed.")
    var strict = false

    @Option(help: ArgumentHelp(
        "How long to wait for another process writing the index before giving up (exit 1, index_busy).",
        valueName: "seconds"))
    var wait: Double = ArticleIndex.writerBusyTimeout

    func validate() throws {
        guard wait >= 0, wait.isFinite else { throw ValidationError("--wait must be a number of seconds, 0 or more.") }
    }

    func run() throws {
        var failed = false
        try global.run {
            let report = try update()
            if global.json {
                try global.printJSON(report)
            } else {
                for failure in report.failures {
                    let location = failure.line.map { "\(failure.path):\($0)" } ?? failure.path
                    Terminal.note("skipped \(location): \(failure.reason)")
                }
                print(Self.summary(of: report))
            }
            failed = report.failed > 0
        }
        if strict && failed { throw ExitCode(3) }
    }

    /// Runs the update; with --rebuild, an index file that cannot be read is moved aside and a
    /// new one built. Never deleted: a mistyped --db may name someone's own file. A folder or
    /// another program's SQLite database is never touched (``VersusError/notAnIndex(path:what:)``).
    private func update() throws -> IndexReport {
        do {
            return try updateOnce()
        } catch VersusError.indexUnusable(_, let reason) where rebuild && Self.isFile(global.db) {
            let aside = try Self.moveAside(global.db)
            Terminal.note(
                "The index at \(global.db) is unusable (\(reason)): moved it to \(aside) (delete it when you no "
                    + "longer need it); building a new one.")
            return try updateOnce()
        }
    }

    private func updateOnce() throws -> IndexReport {
        // A new index is written beside its path and linked into place, each page once.
        if !FileManager.default.fileExists(atPath: global.db) {
            return try ArticleIndex.build(at: global.db, from: paths, busyTimeout: wait, progress: Terminal.progressReporter())
        }
        let index = try ArticleIndex.open(at: global.db, creating: true, busyTimeout: wait)
        // Closed before a repair moves the file: SQLite removes the WAL by name on the last close.
        defer { try? index.close() }
        return try index.update(from: paths, rebuild: rebuild, progress: Terminal.progressReporter())
    }

    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Moves the file at `path` and its WAL to `path.unusable-TIME`; returns the new path.
    static func moveAside(_ path: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let aside = "\(path).unusable-\(formatter.string(from: Date()))"
        let fileManager = FileManager.default
        do {
            for suffix in ["", "-wal"] where fileManager.fileExists(atPath: path + suffix) {
                try? fileManager.removeItem(atPath: aside + suffix)
                try fileManager.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            // The shared-memory index of the old WAL describes nothing once the WAL is gone.
            try? fileManager.removeItem(atPath: path + "-shm")
        } catch {
            throw VersusError.indexWriteFailed(path: path, reason: "cannot move the unusable file aside to \(aside)")
        }
        return aside
    }

    static func summary(of report: IndexReport) -> String {
        let seconds = String(format: "%.2f", report.seconds)
        return "Indexed in \(seconds) s: \(report.added) added, \(report.updated) updated, \(report.removed) removed, "
            + "\(report.unchanged) unchanged, \(report.failed) failed (\(report.passagesWritten) passages written)."
    }
}
