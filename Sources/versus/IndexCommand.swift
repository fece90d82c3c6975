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
            and searchable. A file that cannot be parsed is reported with its line and reason and \
            skipped; every other file is still indexed. Hidden files and folders are skipped.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Files or folders to index.", valueName: "path"))
    var paths: [String] = [GlobalOptions.defaultCorpus]

    @Flag(help: "Discard the existing index content and index the paths from scratch (also repairs an unreadable index file).")
    var rebuild = false

    @Flag(help: "Exit with status 3 when any file could not be parsed.")
    var strict = false

    func run() throws {
        var failed = false
        try global.run {
            let index = try openIndex()
            let report = try index.update(from: paths, rebuild: rebuild, progress: Terminal.progressReporter())
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

    private func openIndex() throws -> ArticleIndex {
        do {
            return try ArticleIndex.open(at: global.db, creating: true)
        } catch VersusError.indexUnusable where rebuild {
            Terminal.note("The index at \(global.db) is unreadable: replacing it.")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: global.db + suffix) }
            return try ArticleIndex.open(at: global.db, creating: true)
        }
    }

    static func summary(of report: IndexReport) -> String {
        let seconds = String(format: "%.2f", report.seconds)
        return "Indexed in \(seconds) s: \(report.added) added, \(report.updated) updated, \(report.removed) removed, "
            + "\(report.unchanged) unchanged, \(report.failed) failed (\(report.passagesWritten) passages written)."
    }
}
