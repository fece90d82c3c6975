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
    /// Opens the index for a query command: builds it from ./Corpus when missing, re-indexes
    /// when the indexed files changed (unless `noRefresh`).
    func openForReading(_ read: ReadOptions) throws -> ArticleIndex {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: db) {
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: Self.defaultCorpus, isDirectory: &isFolder), isFolder.boolValue else {
                throw VersusError.indexNotFound(db)
            }
            Terminal.note("No index at \(db) yet: indexing \(Self.defaultCorpus)/ first.")
            let index = try ArticleIndex.open(at: db, creating: true)
            let report = try index.update(from: [Self.defaultCorpus], progress: Terminal.progressReporter())
            Terminal.note(IndexCommand.summary(of: report))
            return index
        }
        let index: ArticleIndex
        do {
            index = try ArticleIndex.open(at: db, creating: true)
        } catch let error as VersusError where error.isWriteFailure {
            // The index cannot be written (a full disk, a failing one): answer from it as it is.
            guard let readOnly = try? ArticleIndex.open(at: db, readOnly: true) else { throw error }
            Terminal.note("\(error.description). Answering from the index as it is, without refreshing it.")
            return readOnly
        }
        if try index.roots().isEmpty, try index.stats().articles == 0, fileManager.fileExists(atPath: Self.defaultCorpus) {
            // An index that holds nothing and remembers no folder, e.g. one just rebuilt for a new schema.
            Terminal.note("The index at \(db) is empty: indexing \(Self.defaultCorpus)/.")
            let report = try index.update(from: [Self.defaultCorpus], progress: Terminal.progressReporter())
            Terminal.note(IndexCommand.summary(of: report))
            return index
        }
        if !read.noRefresh, try index.isStale() {
            Terminal.note("The indexed files changed: updating \(db).")
            let roots = try index.roots().filter { fileManager.fileExists(atPath: $0) }
            do {
                let report = try index.update(from: roots, progress: Terminal.progressReporter())
                Terminal.note(IndexCommand.summary(of: report))
            } catch VersusError.indexBusy {
                // Another `versus index` holds the index (and is likely doing this very update):
                // its last committed content still answers.
                Terminal.note("Another process is updating \(db): answering from its last committed content.")
            } catch let error as VersusError where error.isWriteFailure {
                // The update was rolled back: the previous content still answers.
                Terminal.note("\(error.description). Answering from the index as it was.")
            }
        }
        return index
    }

    /// Runs `body`, turning errors into a message on stderr and an exit status.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as VersusError {
            Terminal.error(error.description, code: error.code, type: "invalid_request", json: json)
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
