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
            answering article), lenient@1 (article@1, or a first hit of the expected kind from \
            another article about one of the expected article's terms or about exactly what the \
            query asks, its words without "meaning", "what is a" and such), MRR@10 (of \
            the answering passage), passage@1, passage@3 and the zero-result rate, for Versus and for \
            plain FTS5 (non-stop words joined by OR, unweighted bm25) on the same index in the same \
            run, then each one's search latency (p50, p95, p99).

            --distractors N hides the set's articles among N articles generated from WordNet (as \
            `versus generate` writes them, seed --distractor-seed), as on a real site where most \
            common words are some article's term. The set's corpus is --corpus, or Corpus/. The \
            distractors and their index are built once and cached under \
            .versus/distractors-N-seed-S/, keyed by the corpus's content and the generator's version.
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

    @Option(help: ArgumentHelp("Hide the set's articles among this many generated WordNet articles.", valueName: "n"))
    var distractors: Int?

    @Option(help: ArgumentHelp("The seed of the generated distractors.", valueName: "seed"))
    var distractorSeed: UInt64 = 1

    @OptionGroup var wordNet: WordNetOptions

    @Option(help: "Which queries: tune, holdout or all.")
    var split = "all"

    @Flag(help: "List the queries whose first hit is not the answering passage, each marked [same term] (another article about the same term, which lenient article@1 counts) or [wrong article] when the hit is not from the answering article.")
    var misses = false

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a ranking weight for this run (repeatable).", valueName: "name=value"))
    var weights: [String] = []

    func validate() throws {
        guard ["tune", "holdout", "all"].contains(split) else { throw ValidationError("--split is tune, holdout or all.") }
        if let distractors, !(1...10_000_000).contains(distractors) {
            throw ValidationError("--distractors must be between 1 and 10,000,000.")
        }
    }

    func run() throws {
        try global.run {
            guard let data = FileManager.default.contents(atPath: file) else { throw VersusError.pathNotFound(file) }
            let queries = try QualityQuery.parse(tsv: String(decoding: data, as: UTF8.self), file: file)
            let ranking = try RankingWeights.setting(weights)
            var report: QualityReport
            if let distractors {
                let cache = try DistractorIndex(
                    corpus: corpus ?? GlobalOptions.defaultCorpus, count: distractors, seed: distractorSeed,
                    wordNetDirectory: wordNet.directory)
                let index = try cache.open(
                    weights: ranking, excluding: Set(queries.map(\.article)),
                    makeCorpus: { WordNetCorpus(wordNet: try wordNet.load(), seed: distractorSeed, articles: $0) },
                    note: Terminal.note)
                report = try Evaluator(index: index).evaluate(queries, split: split)
                report.distractors = cache.summary
            } else if let corpus {
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
                    let verdict =
                        switch miss.article {
                        case .expected: ""
                        case .sameTerm: " [same term]"
                        case .other: " [wrong article]"
                        }
                    print("- [\(miss.category)]\(verdict) \(miss.query)\n    expected \(miss.expected)\n    got      \(miss.got ?? "nothing") (answer at \(miss.passageRank.map(String.init) ?? "none"))")
                }
            }
        }
    }

    private func printTable(_ report: QualityReport) {
        var header = "split: \(report.split)   queries: \(report.versus.overall.queries)"
        if let distractors = report.distractors {
            header += "   distractors: \(distractors.count) (seed \(distractors.seed), index \(distractors.index))"
        }
        print(header + "\n")
        print("| category | n | engine | article@1 | lenient@1 | MRR@10 | passage@1 | passage@3 | zero |")
        print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        let categories = ["overall"] + report.versus.byCategory.keys.sorted()
        for category in categories {
            for (name, side) in [("versus", report.versus), ("fts5", report.baseline)] {
                let m = category == "overall" ? side.overall : side.byCategory[category]!
                let cells = [m.articleAt1, m.lenientArticleAt1, m.mrrAt10, m.passageAt1, m.passageAt3, m.zeroResultRate]
                    .map { String(format: "%.3f", $0) }
                print("| \(category) | \(m.queries) | \(name) | " + cells.joined(separator: " | ") + " |")
            }
        }
        print("\n| latency (ms) | p50 | p95 | p99 |\n| --- | ---: | ---: | ---: |")
        for (name, side) in [("versus", report.versus), ("fts5", report.baseline)] {
            let cells = [side.latency.p50Ms, side.latency.p95Ms, side.latency.p99Ms].map { String(format: "%.2f", $0) }
            print("| \(name) | " + cells.joined(separator: " | ") + " |")
        }
    }
}
