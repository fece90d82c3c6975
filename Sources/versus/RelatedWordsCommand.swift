import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

struct RelatedWordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related-words",
        abstract: "Rebuild the related-words and derivations files Versus bundles, from WordNet (for maintainers).",
        discussion: """
            Versus reads, for the words that qualify a term in a request for a meaning or an \
            example ("simmer meaning angry", "vein meaning mining"), the words WordNet explains \
            them with ("anger"; "ore", "coal"), so that the sense whose text holds those words is \
            found; and, for every word, the words of the same root WordNet derives from it \
            ("curable": cure), which match as its alternatives. The files are derived from the WordNet database that Debian's wordnet-base \
            installs (WordNet 3.0, Princeton University) and carry its licence notice. Versus \
            bundles them (Sources/VersusEngine/Resources/related-words.txt and derivations.txt); \
            this command writes them anew, the same bytes for the same WordNet.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out = "Sources/VersusEngine/Resources/related-words.txt"

    @Option(help: ArgumentHelp("The derivations file to write.", valueName: "file"))
    var derivationsOut = "Sources/VersusEngine/Resources/derivations.txt"

    @OptionGroup var wordNet: WordNetOptions

    func run() throws {
        try global.run {
            let started = Date()
            let loaded = try wordNet.load()
            try write(RelatedWordsBuilder(wordNet: loaded).text(), to: out, option: "out", started: started)
            try write(DerivationsBuilder(wordNet: loaded).text(), to: derivationsOut, option: "derivations-out", started: started)
        }
    }

    private func write(_ text: String, to path: String, option: String, started: Date) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw VersusError.invalidParameter(name: option, reason: "cannot write \(path): \(error.localizedDescription)")
        }
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        print(String(format: "Wrote %d words (%.1f MB) to %@ in %.1f s.", lines, Double(text.utf8.count) / 1e6, path, Date().timeIntervalSince(started)))
    }
}
