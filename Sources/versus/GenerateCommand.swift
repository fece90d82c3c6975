import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic corpus of comparison articles for benchmarks.",
        discussion: """
            --source wordnet (the default) writes articles in real English, composed from the \
            WordNet database that Debian's wordnet-base installs (WordNet 3.0, Princeton University; \
            read at run time, nothing of it is bundled): each compares a pair people could look up \
            (sister terms such as "violin vs viola", antonyms, near synonyms), with a summary from \
            both glosses, key differences, a chart, every sense of both terms with WordNet's example \
            sentences, and FAQs from WordNet's relations. Frequent words are terms of several \
            articles, as on a real comparison site, so queries meet shared vocabulary. The written \
            folder holds WordNet's licence in \(WordNetCorpus.licenceFile).

            --source pseudo writes articles of pronounceable pseudo-words drawn from a Zipf \
            vocabulary of \(SyntheticCorpus.vocabularySize) words, with section sizes like the \
            bundled corpus: no query word is frequent or shared, which flatters the engine; the \
            ordo-one benchmarks use it.

            Either way the same --seed always writes the same files, every article has its own pair \
            of terms, and articles go 1,000 to a subfolder of --out.
            """)

    enum Source: String, ExpressibleByArgument, CaseIterable {
        case wordnet, pseudo
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many articles to write.")
    var articles: Int

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var out: String

    @Option(help: "Where the words come from: wordnet (real English) or pseudo (pseudo-words).")
    var source: Source = .wordnet

    @OptionGroup var wordNet: WordNetOptions

    func validate() throws {
        guard (1...10_000_000).contains(articles) else { throw ValidationError("--articles must be between 1 and 10,000,000.") }
    }

    func run() throws {
        try global.run {
            let started = Date()
            let total = articles
            var progress: (@Sendable (Int) -> Void)?
            if Terminal.stderrIsTerminal {
                progress = { done in FileHandle.standardError.write(Data("\r\u{1B}[Kwriting \(done)/\(total)".utf8)) }
            }
            let bytes: Int
            switch source {
            case .pseudo:
                bytes = try SyntheticCorpus(seed: seed).write(articles: articles, to: out, progress: progress)
            case .wordnet:
                let corpus = WordNetCorpus(wordNet: try wordNet.load(), seed: seed, articles: articles)
                var note = "WordNet's relations yield \(corpus.relatedPairCount) comparison pairs."
                if corpus.relatedPairCount < articles {
                    note += " The other \(articles - corpus.relatedPairCount) articles reuse a term with a second term from its field."
                }
                Terminal.note(note)
                bytes = try corpus.write(articles: articles, to: out, progress: progress)
            }
            if Terminal.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = Date().timeIntervalSince(started)
            print(String(format: "Wrote %d articles (%.1f MB) to %@ in %.1f s.", articles, Double(bytes) / 1e6, out, seconds))
        }
    }
}
