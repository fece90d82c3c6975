import Foundation
import IndexDamage
import Testing

/// The `versus` command facing a damaged index file, someone else's file at the index path,
/// and two indexers at once: exit status 1 with a clear message naming the path, never 70 or a
/// crash, and never a write to a file Versus did not make.
@Suite(.serialized) struct CLIFaultTests {
    let cli = CLITests()

    /// A workspace (three Corpus articles) with an index of them at `index.sqlite`, its content
    /// all in the main file.
    static func indexedWorkspace() throws -> (folder: URL, index: String) {
        let folder = try CLITests.workspace()
        let result = try CLITests().run(["index", "--db", "index.sqlite"], in: folder)
        #expect(result.status == 0)
        let index = folder.appendingPathComponent("index.sqlite").path
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        return (folder, index)
    }

    @Test(arguments: IndexDamage.unusable) func aDamagedIndexIsAClearErrorAndRebuildRepairsIt(_ damage: IndexDamage) throws {
        let (folder, index) = try Self.indexedWorkspace()
        try damage.apply(to: index)
        let original = FileManager.default.contents(atPath: index)

        var refused = 0
        let commands = [
            ["search", "tcp", "--no-refresh"], ["stats", "--no-refresh"], ["ask", "is udp reliable", "--no-refresh"],
            ["check"], ["index", "Corpus"],
        ]
        for arguments in commands {
            let result = try cli.run(arguments + ["--db", "index.sqlite"], in: folder)
            #expect(result.status == 0 || result.status == 1, "\(arguments): status \(result.status): \(result.stderr)")
            if result.status == 1 {
                refused += 1
                #expect(result.stderr.contains("index.sqlite"), "\(arguments): \(result.stderr)")
                if damage.isForeign {
                    #expect(result.stderr.contains("not a Versus index"), "\(arguments): \(result.stderr)")
                } else {
                    #expect(result.stderr.contains("versus index --rebuild"), "\(arguments): \(result.stderr)")
                }
            }
            if damage.refusedOnOpen {
                #expect(result.status == 1, "\(arguments) accepted a \(damage) file")
                #expect(FileManager.default.contents(atPath: index) == original, "\(arguments) changed the file")
            }
        }
        // `check` reads every page: whatever the damage, it is found.
        #expect(refused > 0)

        let rebuild = try cli.run(["index", "--rebuild", "--db", "index.sqlite"], in: folder)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("index.sqlite.unusable-") && !$0.hasSuffix("-wal")
        }
        if damage.isForeign {
            #expect(rebuild.status == 1)
            #expect(rebuild.stderr.contains("even with --rebuild"))
            #expect(aside.isEmpty)
            #expect(FileManager.default.contents(atPath: index) == original)
            if damage == .folder { #expect(FileManager.default.fileExists(atPath: index + "/keep.txt")) }
            return
        }
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        if damage.refusedOnOpen {
            // Moved aside whole, not deleted: it may have been someone's file.
            #expect(aside.count == 1)
            #expect(rebuild.stderr.contains("moved it to"))
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(aside[0]).path) == original)
        }
        let check = try cli.run(["check", "--db", "index.sqlite", "--json"], in: folder)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(try check.json()["ok"] as? Bool == true)
        #expect(try check.json()["articles"] as? Int == 3)
        let search = try cli.run(["search", "is udp reliable", "--db", "index.sqlite", "--json"], in: folder)
        #expect(search.status == 0)
    }

    @Test func anEmptyFileBecomesAnIndex() throws {
        let folder = try CLITests.workspace()
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("index.sqlite").path, contents: Data()))
        let result = try cli.run(["index", "--db", "index.sqlite", "--json"], in: folder)
        #expect(result.status == 0)
        #expect(try result.json()["added"] as? Int == 3)
    }

    @Test func checkReportsASoundIndex() throws {
        let (folder, _) = try Self.indexedWorkspace()
        let result = try cli.run(["check", "--db", "index.sqlite"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("is sound: 3 articles"))
        let missing = try cli.run(["check", "--db", "nope.sqlite"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no index at nope.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nope.sqlite").path))
    }

    @Test func anIndexPathUnderAFileIsAWriteError() throws {
        let folder = try CLITests.workspace()
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try cli.run(["index", "--db", "notes.txt/index.sqlite"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write the index at notes.txt/index.sqlite"))
        #expect(result.stderr.contains("cannot create the folder notes.txt"))
    }

    /// Two `versus index` at once on one index: the second waits for the first (default: up to
    /// 10 s), or with `--wait 0` refuses at once with `index_busy` and names the writing
    /// process. Nothing is corrupted and both runs' content is there.
    @Test func twoIndexersAtOnce() throws {
        let folder = try CLITests.workspace()
        let generated = try cli.run(["generate", "--articles", "150", "--seed", "3", "--out", "big"], in: folder)
        #expect(generated.status == 0)
        let db = folder.appendingPathComponent("index.sqlite").path

        let first = Process()
        first.executableURL = CLITests.binary
        first.arguments = ["index", "big", "--db", "index.sqlite"]
        first.currentDirectoryURL = folder
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // The first run writes its note once it holds the write lock.
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: db + "-writer") && first.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let refused = try cli.run(["index", "Corpus", "--db", "index.sqlite", "--wait", "0"], in: folder)
        let waited = try cli.run(["index", "Corpus", "--db", "index.sqlite", "--wait", "120", "--json"], in: folder)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)

        #expect(refused.status == 1)
        #expect(refused.stderr.contains("another process is writing the index at index.sqlite"))
        #expect(refused.stderr.contains("being written by process \(first.processIdentifier)"))
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(try waited.json()["added"] as? Int == 3)

        let check = try cli.run(["check", "--db", "index.sqlite", "--json"], in: folder)
        #expect(check.status == 0)
        #expect(try check.json()["articles"] as? Int == 153)
        #expect(!FileManager.default.fileExists(atPath: db + "-writer"))
    }

    /// `kill -9` during `versus index`, three times at random moments: the index opens, passes
    /// `versus check`, and holds exactly the old or exactly the new content. The long version,
    /// 20 kills on 5,000 articles, is Tests/Reliability/kill-index.sh.
    @Test func killedIndexRunsLeaveTheOldOrTheNewContent() throws {
        let folder = try CLITests.workspace()
        #expect(try cli.run(["generate", "--source", "pseudo", "--articles", "60", "--seed", "4", "--out", "gen"], in: folder).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("gen").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent("gen/\($0)") }
        #expect(files.count == 60)
        /// Puts a marker word at the end of each file's summary (its sixth line).
        func mark(_ files: [URL], _ marker: String) throws {
            for file in files {
                var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                lines[5] = lines[5].replacingOccurrences(of: #" Marker zqm\d\d\.$"#, with: "", options: .regularExpression)
                    + " Marker \(marker)."
                try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
            }
        }
        /// How many articles' summaries in the index hold `marker`.
        func indexed(_ marker: String) throws -> Int {
            let result = try cli.run(
                ["search", marker, "--kind", "summary", "--limit", "100", "--db", "index.sqlite", "--no-refresh", "--json"],
                in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let hits = try #require(try result.json()["hits"] as? [[String: Any]])
            return hits.filter { ($0["text"] as? String)?.contains(marker) == true }.count
        }
        try mark(files, "zqm00")
        let started = Date()
        #expect(try cli.run(["index", "gen", "--db", "index.sqlite"], in: folder).status == 0)
        let full = Date().timeIntervalSince(started)

        var random = SystemRandomNumberGenerator()
        for trial in 1...3 {
            let marker = "zqm0\(trial)"
            let changed = files.filter { _ in Bool.random(using: &random) }
            try mark(changed, marker)
            let run = Process()
            run.executableURL = CLITests.binary
            run.arguments = ["index", "gen", "--db", "index.sqlite"]
            run.currentDirectoryURL = folder
            run.standardOutput = FileHandle.nullDevice
            run.standardError = FileHandle.nullDevice
            try run.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...max(0.05, full), using: &random))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()

            let check = try cli.run(["check", "--db", "index.sqlite", "--json"], in: folder)
            #expect(check.status == 0, "trial \(trial): \(check.stdout) \(check.stderr)")
            #expect(try check.json()["articles"] as? Int == 60)
            let count = try indexed(marker)
            #expect(count == 0 || count == changed.count, "trial \(trial): \(count) of \(changed.count) changed articles")
        }
    }
}
