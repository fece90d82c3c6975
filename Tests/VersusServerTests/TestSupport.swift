import Foundation
import IndexDamage
import ServiceLifecycle
import Hummingbird
import HummingbirdTesting
import Logging
import VersusEngine
import VersusServer

/// Indexes built from the repository's `Corpus/` for the tests, each in its own temporary folder.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("Corpus")

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        URL(fileURLWithPath: try ScratchFolder.make("server"))
    }

    /// A folder holding copies of the Corpus articles with these slugs.
    static func corpusCopy(_ slugs: [String], in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for slug in slugs {
            try FileManager.default.copyItem(
                at: corpus.appendingPathComponent("\(slug).txt"), to: copy.appendingPathComponent("\(slug).txt"))
        }
        return copy
    }

    /// The path of a new index of `paths` (the whole Corpus by default).
    static func index(of paths: [URL] = [corpus]) throws -> String {
        let path = try temporaryFolder().appendingPathComponent("index.sqlite").path
        _ = try ArticleIndex.open(at: path, creating: true).update(from: paths.map(\.path))
        return path
    }

    /// One index of the whole Corpus shared by the tests that only read.
    static func sharedIndex() throws -> String {
        try SharedIndex.lock.withLock {
            if let path = SharedIndex.path { return path }
            let path = try index()
            SharedIndex.path = path
            return path
        }
    }

    private enum SharedIndex {
        static let lock = NSLock()
        nonisolated(unsafe) static var path: String?
    }
}

/// The application under test: the real router on a free loopback port.
func makeApplication(
    databasePath: String, idleTimeout: Duration = .seconds(30), logger: Logger = quietLogger
) -> some ApplicationProtocol {
    buildApplication(
        ServerSettings(host: "127.0.0.1", port: 0, databasePath: databasePath, idleTimeout: idleTimeout), logger: logger)
}

/// Tests log warnings and worse only.
let quietLogger: Logger = {
    var logger = Logger(label: "versus-test")
    logger.logLevel = .warning
    return logger
}()

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// The media type of the response, without parameters.
    var mediaType: String? {
        headers[.contentType].map { String($0.split(separator: ";")[0]).trimmingCharacters(in: .whitespaces) }
    }
}

/// Any JSON value, decoded strictly: `true` is never a number, `1` never a boolean.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { array[index] } else { nil }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var int: Int? { if case .int(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .int(let value): "\(value)"
        case .double(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let value): "[\(value.map(\.description).joined(separator: ", "))]"
        case .object(let value): "{\(value.keys.sorted().map { "\"\($0)\": \(value[$0]!)" }.joined(separator: ", "))}"
        }
    }
}

/// Log messages kept in memory, to check what the server logs.
final class LogCapture: @unchecked Sendable {
    struct Entry {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
    }

    private let lock = NSLock()
    private var stored: [Entry] = []

    var entries: [Entry] { lock.withLock { stored } }

    func append(_ entry: Entry) { lock.withLock { stored.append(entry) } }

    var logger: Logger {
        var logger = Logger(label: "versus-test") { _ in Handler(capture: self) }
        logger.logLevel = .info
        return logger
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            capture.append(Entry(level: event.level, message: event.message.description, metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
        }
    }
}

/// The real routes plus `GET /slow`, which calls `entered` and then takes 500 ms: long enough to
/// be in flight when a shutdown starts. Run `group`; the port arrives on `ports`.
struct SlowRouteServer {
    let group: ServiceGroup
    let ports: AsyncStream<Int>

    init(entered: @escaping @Sendable () -> Void = {}) throws {
        let router = buildRouter(source: IndexSource(path: try Fixtures.sharedIndex()), metrics: ServerMetrics())
        router.get("/slow") { _, _ -> String in
            entered()
            try await Task.sleep(for: .milliseconds(500))
            return "done"
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: quietLogger)
        group = ServiceGroup(configuration: .init(services: [app], logger: quietLogger))
        self.ports = ports
    }
}
