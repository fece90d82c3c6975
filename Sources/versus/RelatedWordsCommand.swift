import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

struct RelatedWordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related-words",
        abstract: "Rebuild the related-words file Versus bundles, from WordNet (for maintainers).",
        discussion: """
            Versus reads, for the words that qualify a term in a request for a meaning or an \
            example ("simmer meaning angry", "vein meaning mining"), the words WordNet explains \
            them with ("anger"; "ore", "coal"), so that the sense whose text holds those words is \
            found. The file is derived from the WordNet database that Debian's wordnet-base \
            installs (WordNet 3.0, Princeton University) and carries its licence notice. Versus \
            bundles it (Sources/VersusEngine/Resources/related-words.txt); this command writes it \
            anew, the same bytes for the same WordNet.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out = "Sources/VersusEngine/Resources/related-words.txt"

    @OptionGroup var wordNet: WordNetOptions

    func run() throws {
        try global.run {
            let started = Date()
            let text = RelatedWordsBuilder(wordNet: try wordNet.load()).text()
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw VersusError.invalidParameter(name: "out", reason: "cannot write \(out): \(error.localizedDescription)")
            }
            let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
            print(String(format: "Wrote %d words (%.1f MB) to %@ in %.1f s.", lines, Double(text.utf8.count) / 1e6, out, Date().timeIntervalSince(started)))
        }
    }
}
