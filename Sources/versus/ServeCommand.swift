import ArgumentParser
import Foundation
import Logging
import VersusEngine
import VersusServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the index over HTTP: the JSON API and a search page.",
        discussion: """
            Routes: GET /search, /ask, /articles/SLUG, /stats (the JSON of the matching commands), \
            /health, /metrics (Prometheus), /openapi.yaml and / (an HTML search page). See the README's \
            "HTTP API" section.

            Builds the index from ./Corpus first when there is none, as the query commands do, then \
            reads it read-only: `versus index` may update it while the server runs. Without a usable \
            index the server still starts, and /health answers 503 until there is one.

            Logs one line per request on stderr. SIGTERM or SIGINT stops accepting connections, lets \
            in-flight requests finish (at most 10 s) and exits 0.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Option(help: "The address to listen on: loopback unless told otherwise (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Close a connection idle this long.", valueName: "seconds"))
    var idleTimeout = 30

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port is 0-65535.") }
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout is at least 1 second.") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level is one of trace, debug, info, notice, warning, error, critical.")
        }
    }

    func run() async throws {
        let launched = ContinuousClock.now
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "versus")

        // Build or refresh the index as the query commands do; the server then reads it read-only.
        do {
            _ = try global.openForReading(read)
        } catch let error as VersusError {
            logger.warning("\(Terminal.message(for: error)); /health answers 503 until there is a usable index")
        } catch {
            Terminal.error("\(error)", code: "internal", type: "internal", json: global.json)
            throw ExitCode(70)
        }

        let descriptors = OpenFileLimit.raiseToHardLimit()
        logger.debug("open files limit \(descriptors)")

        let settings = ServerSettings(
            host: host, port: port, databasePath: global.db, idleTimeout: .seconds(idleTimeout))
        let started = StartedFlag()
        let application = buildApplication(settings, logger: logger) { [host] port in
            started.set()
            let milliseconds = (ContinuousClock.now - launched) / .milliseconds(1)
            logger.info("listening on http://\(host.contains(":") ? "[\(host)]" : host):\(port) (ready in \(Int(milliseconds)) ms)")
        }
        do {
            try await runUntilShutdownSignal(application, settings: settings)
            logger.info("stopped")
        } catch {
            logger.error("\(started.isSet ? "the server failed" : "cannot listen on \(host):\(port)"): \(error)")
            throw ExitCode(started.isSet ? 70 : 1)
        }
    }
}

/// Whether the server got as far as listening: a failure before is the user's (address in use).
private final class StartedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// The process's limit on open files. Each connection holds one, and a common soft limit of
/// 1,024 would let about a thousand slow clients take them all, leaving none for new
/// connections or the index's SQLite connections; the hard limit is usually far higher.
enum OpenFileLimit {
    /// Raises the soft limit to the hard one; returns the soft limit now in force.
    @discardableResult
    static func raiseToHardLimit() -> UInt64 {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { return UInt64(raised.rlim_cur) }
        }
        return UInt64(limit.rlim_cur)
    }
}
