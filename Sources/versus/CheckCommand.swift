import ArgumentParser
import VersusEngine

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the index file is sound.",
        discussion: """
            Runs SQLite's integrity_check over every page, FTS5's integrity-check of the full-text \
            index against the stored text, and checks that every passage has its text. Reads the \
            whole index (seconds per gigabyte); never changes it and never indexes. Exit status 0 \
            when the index is sound, 1 when it is damaged or cannot be opened (rebuild it with \
            `versus index --rebuild`).
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var damaged = false
        try global.run {
            let report = try ArticleIndex.open(at: global.db).checkIntegrity()
            damaged = !report.ok
            if global.json {
                try global.printJSON(report)
            } else if report.ok {
                print(
                    "The index at \(global.db) is sound: \(report.articles) articles, \(report.passages) passages "
                        + "(checked in \(String(format: "%.2f", report.seconds)) s).")
            } else {
                for problem in report.problems { print(problem) }
                Terminal.note(
                    "error: the index at \(global.db) is damaged (\(report.problems.count) problems); "
                        + "rebuild it with `versus index --rebuild`")
            }
        }
        if damaged { throw ExitCode(1) }
    }
}
