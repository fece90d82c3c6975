import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic corpus for benchmarks.",
        discussion: """
            Articles in the Versus text format, with a Zipf-distributed vocabulary of \
            \(SyntheticCorpus.vocabularySize) pseudo-words, section sizes like the bundled corpus, \
            unique term pairs and FAQs phrased as questions. The same --seed always writes the same \
            files. Articles go 1,000 to a subfolder of --out.
            """)

    @Option(help: "How many articles to write.")
    var articles: Int

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String

    func validate() throws {
        guard (1...10_000_000).contains(articles) else { throw ValidationError("--articles must be between 1 and 10,000,000.") }
    }

    func run() throws {
        let started = Date()
        let corpus = SyntheticCorpus(seed: seed)
        let total = articles
        var progress: (@Sendable (Int) -> Void)?
        if Terminal.stderrIsTerminal {
            progress = { done in FileHandle.standardError.write(Data("\r\u{1B}[Kwriting \(done)/\(total)".utf8)) }
        }
        let bytes = try corpus.write(articles: articles, to: out, progress: progress)
        if Terminal.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "Wrote %d articles (%.1f MB) to %@ in %.1f s.", articles, Double(bytes) / 1e6, out, seconds))
    }
}
