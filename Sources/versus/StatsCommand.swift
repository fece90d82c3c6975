import ArgumentParser
import Foundation
import VersusEngine

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print counts and facts about the index.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    func run() throws {
        try global.run {
            let stats = try global.openForReading(read).stats()
            if global.json {
                try global.printJSON(stats)
                return
            }
            print("Index       \(stats.path)")
            print("Articles    \(stats.articles)")
            let kinds = PassageKind.allCases.map { "\($0.rawValue) \(stats.passagesByKind[$0.rawValue] ?? 0)" }
            print("Passages    \(stats.passages) (\(kinds.joined(separator: ", ")))")
            print("Vocabulary  \(stats.vocabulary) terms")
            print("Size        \(ByteCountFormatter.string(fromByteCount: Int64(stats.indexSizeBytes), countStyle: .file))")
            print("Tokenizer   \(stats.tokenizer)")
            print("Indexed     \(stats.lastIndexed ?? "never")")
            print("Roots       \(stats.roots.joined(separator: ", "))")
        }
    }
}
