import ArgumentParser
import VersusEngine

@main
struct Versus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "Search comparison articles (\"A vs. B: What's the Difference?\") with SQLite FTS5.",
        discussion: """
            Versus indexes a folder of comparison articles in plain text and answers questions \
            ("is email asynchronous?") with the exact passage that answers them: an FAQ answer, a \
            definition, an example sentence, a chart row.

            `versus serve` answers the same queries over HTTP, as JSON and an HTML search page.

            Query commands (search, ask, show, stats, serve) build the index from ./Corpus when there is \
            none yet, and bring it up to date when the indexed files changed (skip that check with \
            --no-refresh).

            Exit status: 0 on success, 1 for a user error (bad argument, missing index or article), \
            2 for a usage error, 3 when `index --strict` found files it could not parse, 70 for an \
            internal fault.
            """,
        subcommands: [
            IndexCommand.self, SearchCommand.self, AskCommand.self, ShowCommand.self, StatsCommand.self, CheckCommand.self,
            EvalCommand.self, ServeCommand.self, GenerateCommand.self, BenchCommand.self, RelatedWordsCommand.self,
        ]
    )
}
