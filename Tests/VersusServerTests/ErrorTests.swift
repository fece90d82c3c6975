import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import VersusEngine
import VersusTooling
@testable import VersusServer

/// Every error is JSON in Meilisearch's shape with the right status, and no user input is a 5xx.
struct ErrorTests {
    struct BadRequest: CustomTestStringConvertible, Sendable {
        var method: HTTPRequest.Method = .get
        var uri: String
        var body: Int = 0
        var status: HTTPResponse.Status
        var code: String

        var testDescription: String { "\(method.rawValue) \(uri.prefix(60)) → \(status.code) \(code)" }
    }

    static let badRequests: [BadRequest] = [
        // 400: a missing, malformed, out-of-range or repeated parameter
        .init(uri: "/search", status: .badRequest, code: "missing_q"),
        .init(uri: "/search?limit=5", status: .badRequest, code: "missing_q"),
        .init(uri: "/ask", status: .badRequest, code: "missing_q"),
        .init(uri: "/ask?question=why", status: .badRequest, code: "missing_q"),
        .init(uri: "/search?q=x&limit=-1", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=abc", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=0", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=101", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=1.5", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=%2B5", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=99999999999999999999999", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=1&limit=2", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&offset=-1", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&offset=1001", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&kind=faqs", status: .badRequest, code: "invalid_kind"),
        .init(uri: "/search?q=x&kind=faq&kind=FAQ", status: .badRequest, code: "invalid_kind"),
        .init(uri: "/search?q=x&prefix=maybe", status: .badRequest, code: "invalid_prefix"),
        .init(uri: "/search?q=x&explain=2", status: .badRequest, code: "invalid_explain"),
        .init(uri: "/search?q=a&q=b", status: .badRequest, code: "invalid_q"),
        .init(uri: "/search?q=" + String(repeating: "a", count: 1_001), status: .badRequest, code: "invalid_q"),
        .init(uri: "/ask?q=" + String(repeating: "why+", count: 300), status: .badRequest, code: "invalid_q"),
        // 1001 code points in 501 characters: counted as JSON Schema's maxLength counts.
        .init(uri: "/ask?q=" + String(repeating: "e%CC%81", count: 500) + "e", status: .badRequest, code: "invalid_q"),
        .init(uri: "/search?q=100%", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%ZZ", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%E0%A4", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=x&%FF=1", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/?q=x&offset=-4", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/?offset=1001", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/?kind=nope", status: .badRequest, code: "invalid_kind"),
        // 404: an unknown article or route
        .init(uri: "/articles/no-such-article", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/%3Cscript%3E", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/%ZZ", status: .notFound, code: "article_not_found"),
        .init(uri: "/nope", status: .notFound, code: "route_not_found"),
        .init(uri: "/articles", status: .notFound, code: "route_not_found"),
        .init(uri: "/articles/a/b", status: .notFound, code: "route_not_found"),
        .init(uri: "/search/more", status: .notFound, code: "route_not_found"),
        .init(method: .post, uri: "/nope", status: .notFound, code: "route_not_found"),
        // 405: a known route with another method
        .init(method: .post, uri: "/search?q=x", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .put, uri: "/articles/tcp-vs-udp", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .delete, uri: "/health", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .patch, uri: "/stats", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .options, uri: "/ask", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .post, uri: "/", status: .methodNotAllowed, code: "method_not_allowed"),
        // 413 and 414: oversized requests
        .init(uri: "/search?q=" + String(repeating: "a", count: 17_000), status: .uriTooLong, code: "uri_too_long"),
        .init(uri: "/" + String(repeating: "a", count: 17_000), status: .uriTooLong, code: "uri_too_long"),
        .init(uri: "/health", body: 70_000, status: .contentTooLarge, code: "payload_too_large"),
        .init(method: .post, uri: "/search?q=x", body: 70_000, status: .contentTooLarge, code: "payload_too_large"),
    ]

    @Test(arguments: badRequests)
    func badRequestIsAJSONError(_ bad: BadRequest) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let body = bad.body > 0 ? ByteBuffer(repeating: UInt8(ascii: "x"), count: bad.body) : nil
            let response = try await client.execute(uri: bad.uri, method: bad.method, body: body)
            #expect(response.status == bad.status)
            if bad.uri.hasPrefix("/?") {
                #expect(response.mediaType == "text/html")  // the page shows its errors as HTML
                return
            }
            #expect(response.mediaType == "application/json")
            let json = try response.json()
            #expect(json.object.map { Set($0.keys) } == ["message", "code", "type", "link"])
            #expect(json["code"]?.string == bad.code)
            #expect(json["type"]?.string == "invalid_request")
            #expect(json["link"]?.string == "/openapi.yaml#/components/schemas/Error")
            #expect(json["message"]?.string?.isEmpty == false)
            if bad.status == .methodNotAllowed {
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func smallBodiesAreIgnored() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get, body: ByteBuffer(string: "hello"))
            #expect(response.status == .ok)
        }
    }

    @Test func missingIndexIs503UntilOneAppears() async throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("index.sqlite").path
        let app = makeApplication(databasePath: path)
        try await app.test(.router) { client in
            for uri in ["/search?q=udp", "/ask?q=udp", "/articles/tcp-vs-udp", "/stats"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .serviceUnavailable, "\(uri)")
                #expect(try response.json()["code"]?.string == "index_not_found")
                #expect(try response.json()["type"]?.string == "system")
                #expect(response.headers[.retryAfter] == "1")
            }
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(try health.json()["status"]?.string == "unavailable")
            #expect(try health.json()["code"]?.string == "index_not_found")
            #expect(try health.json()["reason"]?.string?.contains("no index") == true)
            #expect(try await client.execute(uri: "/?q=udp", method: .get).status == .serviceUnavailable)
            #expect(try await client.execute(uri: "/metrics", method: .get).text.contains("versus_index_available 0"))
            // The index's figures are left out, not reported as zeros.
            #expect(!(try await client.execute(uri: "/metrics", method: .get).text.contains("versus_index_articles")))

            // `versus index` builds it: the running server picks it up.
            let corpus = try Fixtures.corpusCopy(["tcp-vs-udp"], in: folder)
            _ = try ArticleIndex.open(at: path, creating: true).update(from: [corpus.path])
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp", method: .get).status == .ok)
        }
    }

    @Test func unreadableIndexIs503() async throws {
        let path = try Fixtures.temporaryFolder().appendingPathComponent("index.sqlite").path
        try Data("this is not an SQLite database, just some text that is long enough".utf8).write(to: URL(fileURLWithPath: path))
        let app = makeApplication(databasePath: path)
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(try health.json()["code"]?.string == "index_unusable")
            let search = try await client.execute(uri: "/search?q=udp", method: .get)
            #expect(search.status == .serviceUnavailable)
            #expect(try search.json()["code"]?.string == "index_unusable")
        }
    }

    /// A fault of the server's own is a bare 500 in the same JSON shape, and it is logged.
    @Test func internalFaultIsLoggedAnd500() async throws {
        struct Fault: Error {}
        let logs = LogCapture()
        let router = Router()
        router.add(middleware: ErrorMiddleware(limits: .default))
        router.get("/fault") { _, _ -> Response in throw Fault() }
        let app = Application(router: router, logger: logs.logger)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/fault", method: .get)
            #expect(response.status == .internalServerError)
            #expect(try response.json()["code"]?.string == "internal")
            #expect(try response.json()["type"]?.string == "internal")
            #expect(try response.json()["message"]?.string?.contains("Fault") == false)
        }
        let logged = logs.entries.filter { $0.level == .error }
        #expect(logged.count == 1)
        #expect(logged.first?.metadata["error"]?.description.contains("Fault") == true)
    }

    /// Random query strings: whatever the bytes, the answer is never a 5xx.
    @Test func noUserInputIsA5xx() async throws {
        var generator = SplitMix64(seed: 20_261_124)
        let names = ["q", "limit", "offset", "kind", "article", "prefix", "explain", "x", ""]
        let pieces = [
            "a", "udp", "%", "%2", "%ZZ", "%00", "%FF", "%C3%A9", "+", "&", "=", "-1", "0", "100", "1e9", "true", "faq",
            "%22", "*", "(", ")", "NEAR", "AND", "%0A", "..", "/", "?", "#", "%F0%9F%98%80", "%E9",
        ]
        let paths = ["/search", "/ask", "/", "/articles/", "/stats", "/health"]
        var uris: [String] = []
        for _ in 0..<400 {
            var uri = paths.randomElement(using: &generator)!
            if uri == "/articles/" { uri += (0..<3).map { _ in pieces.randomElement(using: &generator)! }.joined() }
            uri += "?" + (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                names.randomElement(using: &generator)! + "=" + (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    pieces.randomElement(using: &generator)!
                }.joined()
            }.joined(separator: "&")
            uris.append(uri)
        }
        let requests = uris
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            for uri in requests {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status.code < 500, "\(uri) → \(response.status.code)")
            }
        }
    }
}
