import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VersusEngine
import VersusServer

/// A damaged index file, or something else at the index path, is a 503 with a JSON error on
/// every route that needs the index — never a 500, never a crash — and the server recovers as
/// soon as a good index is put in its place.
@Suite struct CorruptIndexTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case text, randomBytes, truncatedToHalf, headerZeroed, garbageOverMiddlePages, emptyFile, foreignDatabase, folder
        var testDescription: String { rawValue }

        func apply(to path: String) throws {
            let url = URL(fileURLWithPath: path)
            var state: UInt64 = 42
            func noise(_ count: Int) -> Data {
                Data((0..<count).map { _ in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return UInt8(truncatingIfNeeded: state >> 56)
                })
            }
            switch self {
            case .text:
                try Data(String(repeating: "These are my notes, not an index.\n", count: 300).utf8).write(to: url)
            case .randomBytes:
                try noise(64 * 1024).write(to: url)
            case .truncatedToHalf:
                let data = try Data(contentsOf: url)
                try data.prefix(data.count / 2).write(to: url)
            case .headerZeroed:
                var data = try Data(contentsOf: url)
                data.replaceSubrange(0..<100, with: Data(count: 100))
                try data.write(to: url)
            case .garbageOverMiddlePages:
                var data = try Data(contentsOf: url)
                let start = data.count * 2 / 5 / 4096 * 4096
                let end = data.count * 3 / 5 / 4096 * 4096
                data.replaceSubrange(start..<end, with: noise(end - start))
                try data.write(to: url)
            case .emptyFile:
                try Data().write(to: url)
            case .foreignDatabase:
                try CorruptIndexTests.foreignDatabase.write(to: url)
            case .folder:
                try FileManager.default.removeItem(at: url)
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }

        /// Refused when opened (the others show their damage when a damaged page is read).
        var refusedOnOpen: Bool { self != .truncatedToHalf && self != .garbageOverMiddlePages }
    }

    /// An SQLite database of another program (a `contact` table with one row), 1,024 bytes:
    /// its non-zero runs as (offset, hex).
    static let foreignDatabase: Data = {
        var data = Data(count: 1024)
        let runs: [(Int, String)] = [
            (0, "53514c69746520666f726d617420330002000101004020200000000300000002"), (43, "0200000004"), (59, "01"),
            (95, "03002e63010d0000000101b90001b9"),
            (441, "450106171b1b01637461626c65636f6e74616374636f6e7461637402435245415445205441424c4520636f6e7461"
                + "6374286e616d6520544558542c20656d61696c2054455854290d0000000101e90001e9"),
            (1001, "150103132b416e6e616e6e406578616d706c652e636f6d"),
        ]
        for (offset, hex) in runs {
            let bytes = stride(from: 0, to: hex.count, by: 2).map { i -> UInt8 in
                let start = hex.index(hex.startIndex, offsetBy: i)
                return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
            }
            data.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        }
        return data
    }()

    static let slugs = ["tcp-vs-udp", "synchronous-vs-asynchronous", "affect-vs-effect"]

    @Test(arguments: Damage.allCases) func aDamagedIndexIs503AndTheServerRecovers(_ damage: Damage) async throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Fixtures.corpusCopy(Self.slugs, in: folder)
        let path = folder.appendingPathComponent("index.sqlite").path
        let built = try ArticleIndex.open(at: path, creating: true)
        _ = try built.update(from: [corpus.path])
        try built.close()
        try damage.apply(to: path)

        let app = makeApplication(databasePath: path)
        try await app.test(.router) { client in
            var unavailable: [String] = []
            for uri in ["/health", "/search?q=udp+packet+loss", "/ask?q=is+udp+reliable", "/articles/tcp-vs-udp", "/stats", "/?q=udp"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(
                    response.status == .ok || response.status == .serviceUnavailable,
                    "\(uri): \(response.status) \(response.text)")
                guard response.status == .serviceUnavailable else { continue }
                unavailable.append(uri)
                if uri != "/?q=udp" {
                    #expect(response.mediaType == "application/json", "\(uri)")
                    #expect(try response.json()["code"]?.string == "index_unusable", "\(uri): \(response.text)")
                }
            }
            if damage.refusedOnOpen {
                #expect(unavailable.count == 6, "served from a \(damage) file: \(unavailable)")
            } else {
                // Damage inside the file shows when a damaged page is read, e.g. by a search.
                #expect(!unavailable.isEmpty)
            }
            let health = try await client.execute(uri: "/health", method: .get)
            if health.status == .serviceUnavailable {
                #expect(try health.json()["status"]?.string == "unavailable")
                #expect(try health.json()["reason"]?.string?.contains(path) == true)
            }
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .ok)

            // A good index takes the damaged file's place (a new file, as `versus index --rebuild`
            // writes after moving the damaged one aside): it is served at once.
            try FileManager.default.removeItem(atPath: path)
            let good = try ArticleIndex.open(at: path, creating: true)
            _ = try good.update(from: [corpus.path])
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
            let search = try await client.execute(uri: "/search?q=udp+packet+loss", method: .get)
            #expect(search.status == .ok)
            #expect(try search.json()["hits"]?[0]?["article"]?.string == "tcp-vs-udp")
        }
    }
}
