import ArgumentParser
import Foundation
import VersusEngine

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    /// The index file used when --db is not given, relative to the working directory.
    static let defaultDatabase = ".versus/index.sqlite"
    /// The folder indexed when a query command finds no index.
    static let defaultCorpus = "Corpus"

    @Option(name: .long, help: ArgumentHelp("The index file.", valueName: "path"))
    var db: String = defaultDatabase

    @Flag(name: .long, help: "Print JSON instead of text for people.")
    var json = false
}

/// Options of the commands that read the index.
struct ReadOptions: ParsableArguments {
    @Flag(name: .long, help: "Do not check whether the indexed files changed before answering.")
    var noRefresh = false
}

extension GlobalOptions {
    /// Opens the index for a query command under the engine's ``OpenPolicy``: builds it from
    /// ./Corpus when missing, re-indexes when the indexed files changed (unless `noRefresh`),
    /// and says so on stderr.
    func openForReading(_ read: ReadOptions, weights: RankingWeights = .default) throws -> ArticleIndex {
        let policy = OpenPolicy(corpus: Self.defaultCorpus, refresh: !read.noRefresh)
        return try ArticleIndex.open(at: db, policy: policy, weights: weights, progress: Terminal.progressReporter()) { event in
            Terminal.note(message(for: event))
        }
    }

    /// What the user is told of what opening the index did.
    private func message(for event: OpenPolicy.Event) -> String {
        switch event {
        case .building(let corpus): "No index at \(db) yet: indexing \(corpus)/ first."
        case .indexingEmpty(let corpus): "The index at \(db) is empty: indexing \(corpus)/."
        case .reindexingOtherVersion(let roots):
            "The index at \(db) was written by another version of Versus: indexing \(roots.joined(separator: ", ")) again."
        case .refreshing: "The indexed files changed: updating \(db)."
        case .indexed(let report): IndexCommand.summary(of: report)
        case .refreshSkippedBusy: "Another process is updating \(db): answering from its last committed content."
        case .refreshFailed(let error): "\(Terminal.message(for: error)). Answering from the index as it was."
        case .openedReadOnly(let error): "\(Terminal.message(for: error)). Answering from the index as it is, without refreshing it."
        }
    }

    /// Runs `body`, turning errors into a message on stderr and an exit status.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as VersusError {
            Terminal.error(Terminal.message(for: error), code: error.code, type: Terminal.type(of: error), json: json)
            if case .indexBusy(let path) = error, !json, let writer = WriterNote.current(for: path) {
                Terminal.note("The index is being written by process \(writer.processID) (since \(writer.since)).")
            }
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            Terminal.error("\(error)", code: "internal", type: "internal", json: json)
            throw ExitCode(70)
        }
    }

    func printJSON(_ value: some Encodable) throws {
        print(try Output.json(value))
    }
}

/// JSON as Versus prints it: keys sorted, so output is stable from run to run.
enum Output {
    static func json(_ value: some Encodable, pretty: Bool = false) throws -> String {
        String(decoding: try VersusJSON.encode(value, pretty: pretty), as: UTF8.self)
    }
}
