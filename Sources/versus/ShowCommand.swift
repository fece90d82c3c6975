import ArgumentParser
import VersusEngine

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an indexed article, passage by passage.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: "The article's slug (its file name without extension), e.g. affect-vs-effect.")
    var slug: String

    func run() throws {
        try global.run {
            let article = try global.openForReading(read).article(slug: slug)
            if global.json {
                try global.printJSON(article)
                return
            }
            print(Terminal.bold(article.title))
            let byline = [article.author.map { "By \($0)" }, article.editor.map { "edited by \($0)" }, article.published]
                .compactMap { $0 }.joined(separator: " · ")
            if !byline.isEmpty { print(Terminal.dim(byline)) }
            var kind: PassageKind?
            for passage in article.passages {
                if passage.kind != kind {
                    kind = passage.kind
                    print("\n" + Terminal.bold(passage.kind.rawValue.uppercased()))
                }
                let term = passage.term.map { "[\($0)] " } ?? ""
                switch passage.kind {
                case .faq: print("Q: \(passage.heading ?? "")\nA: \(passage.text)")
                case .chart: print("\(passage.heading.map { "\($0): " } ?? "")\(passage.text)")
                case .example: print("  \(term)e.g. \(passage.text)")
                default: print("\(term)\(passage.text)")
                }
            }
        }
    }
}
