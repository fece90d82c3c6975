import Foundation
import IndexDamage
import Hummingbird
import HummingbirdTesting
import Testing
import VersusEngine
import VersusServer

/// A damaged index file, or something else at the index path, is a 503 with a JSON error on
/// every route that needs the index — never a 500, never a crash — and the server recovers as
/// soon as a good index is put in its place.
@Suite struct CorruptIndexTests {
    static let slugs = ["tcp-vs-udp", "synchronous-vs-asynchronous", "affect-vs-effect"]

    @Test(arguments: IndexDamage.allCases) func aDamagedIndexIs503AndTheServerRecovers(_ damage: IndexDamage) async throws {
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
