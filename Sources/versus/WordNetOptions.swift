import ArgumentParser
import VersusEngine
import VersusTooling

/// Where the WordNet database is, for the commands that generate articles from it.
struct WordNetOptions: ParsableArguments {
    @Option(
        name: .customLong("wordnet"),
        help: ArgumentHelp("The WordNet database folder (data.noun, index.noun, …).", valueName: "dir"))
    var directory = WordNet.defaultDirectory

    /// Reads the database; a missing one is a user error that says how to install it.
    func load() throws -> WordNet {
        do {
            return try WordNet(directory: directory)
        } catch VersusError.pathNotFound(let path) {
            throw VersusError.invalidParameter(
                name: "wordnet",
                reason: "no WordNet database in \(directory) (\(path) is missing): install it with `apt-get install wordnet-base` (Debian, Ubuntu), or pass --wordnet DIR")
        }
    }
}
