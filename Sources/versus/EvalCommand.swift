import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure answer quality on a query set, beside a plain FTS5 baseline.",
        discussion: """
            Reads a TSV of queries (query, article slug, passage kind, exact answer substring, \
            category, split) and prints, overall and per category: article@1 (first hit from the \
            answering article), MRR@10 (of the answering passage), passage@1, passage@3 and the \
            zero-result rate, for Versus and for plain FTS5 (non-stop words joined by OR, unweighted \
            bm25) on the same index in the same run.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: ArgumentHelp("The query set.", valueName: "file"))
    var file = "Benchmarks/Quality/queries.tsv"

    @Option(
        help: ArgumentHelp(
            "Evaluate over the articles in this folder instead of the index at --db: they are indexed into a temporary file first (e.g. Benchmarks/Quality/Unseen with Benchmarks/Quality/unseen.tsv).",
            valueName: "folder"))
    var corpus: String?

    @Option(help: "Which queries: tune, holdout or all.")
    var split = "all"

    @Flag(help: "List the queries whose first hit is not the answering passage.")
    var misses = false

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a ranking weight for this run (repeatable).", valueName: "name=value"))
    var weights: [String] = []

    func validate() throws {
        guard ["tune", "holdout", "all"].contains(split) else { throw ValidationError("--split is tune, holdout or all.") }
    }

    func run() throws {
        try global.run {
            guard let data = FileManager.default.contents(atPath: file) else { throw VersusError.pathNotFound(file) }
            let queries = try QualityQuery.parse(tsv: String(decoding: data, as: UTF8.self), file: file)
            var ranking = RankingWeights.default
            for assignment in weights { try ranking.set(assignment) }
            let report: QualityReport
            if let corpus {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), isFolder.boolValue else {
                    throw VersusError.pathNotFound(corpus)
                }
                let folder = NSTemporaryDirectory() + "versus-eval-" + UUID().uuidString
                defer { try? FileManager.default.removeItem(atPath: folder) }
                let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true, weights: ranking)
                let indexed = try index.update(from: [corpus])
                Terminal.note(IndexCommand.summary(of: indexed))
                report = try Evaluator(index: index).evaluate(queries, split: split)
            } else {
                let index = try global.openForReading(read, weights: ranking)
                report = try Evaluator(index: index).evaluate(queries, split: split)
            }
            if global.json {
                try global.printJSON(report)
                return
            }
            printTable(report)
            if misses {
                print("\nMisses (\(report.misses.count)):")
                for miss in report.misses {
                    print("- [\(miss.category)] \(miss.query)\n    expected \(miss.expected)\n    got      \(miss.got ?? "nothing") (answer at \(miss.passageRank.map(String.init) ?? "none"))")
                }
            }
        }
    }

    private func printTable(_ report: QualityReport) {
        print("split: \(report.split)   queries: \(report.versus.overall.queries)\n")
        print("| category | n | engine | article@1 | MRR@10 | passage@1 | passage@3 | zero |")
        print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        let categories = ["overall"] + report.versus.byCategory.keys.sorted()
        for category in categories {
            for (name, side) in [("versus", report.versus), ("fts5", report.baseline)] {
                let m = category == "overall" ? side.overall : side.byCategory[category]!
                let cells = [m.articleAt1, m.mrrAt10, m.passageAt1, m.passageAt3, m.zeroResultRate].map { String(format: "%.3f", $0) }
                print("| \(category) | \(m.queries) | \(name) | " + cells.joined(separator: " | ") + " |")
            }
        }
    }
}
