import ArgumentParser
import VersusEngine

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question with the best passage and its article.",
        discussion: "Prints the single best answering passage, its article, then the next-best passages grouped by article.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: "The question, e.g. \"Is email asynchronous?\"")
    var question: String

    func run() throws {
        try global.run {
            let index = try global.openForReading(read)
            let response = try index.ask(question)
            if global.json {
                try global.printJSON(response)
                return
            }
            guard let answer = response.answer, let article = response.article else {
                print("No article answers \"\(question)\".")
                return
            }
            print(Terminal.bold(article.title) + Terminal.dim("  (\(article.slug))"))
            if !article.summary.isEmpty { print(Terminal.dim(article.summary)) }
            print("")
            HitPrinter.print(answer)
            if !response.alternatives.isEmpty {
                print(Terminal.bold("See also"))
                for group in response.alternatives {
                    for hit in group.hits.prefix(1) {
                        HitPrinter.print(hit, indent: "  ")
                    }
                }
            }
        }
    }
}
