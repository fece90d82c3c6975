import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VersusEngine
@testable import VersusServer

/// Every route answers what its CLI command prints, through the router (`.router`: no socket).
struct RouteTests {
    func app() throws -> some ApplicationProtocol {
        makeApplication(databasePath: try Fixtures.sharedIndex())
    }

    @Test func searchAnswersTheCLIShape() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/search?q=is+email+asynchronous%3F&limit=3", method: .get)
            #expect(response.status == .ok)
            #expect(response.mediaType == "application/json")
            let json = try response.json()
            #expect(json.object.map { Set($0.keys) } == [
                "query", "hits", "estimatedTotalHits", "limit", "offset", "processingTimeMs", "didYouMean",
            ])
            #expect(json["query"]?.string == "is email asynchronous?")
            #expect(json["limit"]?.int == 3)
            #expect(json["hits"]?.array?.count == 3)
            #expect(json["hits"]?[0]?["article"]?.string == "synchronous-vs-asynchronous")
            #expect(json["hits"]?[0]?["snippet"]?.string?.contains("<mark>") == true)
        }
    }

    @Test func searchIsByteForByteTheEnginesJSON() async throws {
        let index = try ArticleIndex.open(at: try Fixtures.sharedIndex(), readOnly: true)
        var engine = try index.search(SearchRequest(query: "udp packet loss", limit: 5, kinds: [.faq, .definition]))
        engine.processingTimeMs = 0
        let expected = engine
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/search?q=udp+packet+loss&limit=5&kind=faq&kind=definition", method: .get)
            var served = try JSONDecoder().decode(SearchJSON.self, from: Data(response.text.utf8))
            // The timing differs from run to run; everything else is the same bytes.
            served.processingTimeMs = 0
            #expect(try JSONResponse.encode(served) == JSONResponse.encode(expected))
            #expect(Set(served.hits.map(\.kind)).isSubset(of: ["faq", "definition"]))
        }
    }

    /// The fields of a search response, to compare served JSON with the engine's.
    struct SearchJSON: Codable {
        struct HitJSON: Codable {
            var article, title, kind, text, snippet: String
            var term, heading, sense: String?
            var score: Double
            var corrected: Bool

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(article, forKey: .article)
                try c.encode(title, forKey: .title)
                try c.encode(kind, forKey: .kind)
                try c.encode(term, forKey: .term)
                try c.encode(heading, forKey: .heading)
                try c.encode(text, forKey: .text)
                try c.encode(sense, forKey: .sense)
                try c.encode(snippet, forKey: .snippet)
                try c.encode(score, forKey: .score)
                try c.encode(corrected, forKey: .corrected)
            }
        }

        var query: String
        var hits: [HitJSON]
        var estimatedTotalHits, limit, offset: Int
        var processingTimeMs: Double
        var didYouMean: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query)
            try c.encode(hits, forKey: .hits)
            try c.encode(estimatedTotalHits, forKey: .estimatedTotalHits)
            try c.encode(limit, forKey: .limit)
            try c.encode(offset, forKey: .offset)
            try c.encode(processingTimeMs, forKey: .processingTimeMs)
            try c.encode(didYouMean, forKey: .didYouMean)
        }
    }

    @Test func searchOptions() async throws {
        try await app().test(.router) { client in
            let article = try await client.execute(uri: "/search?q=protocol&article=tcp-vs-udp", method: .get).json()
            #expect(article["hits"]?.array?.allSatisfy { $0["article"]?.string == "tcp-vs-udp" } == true)
            #expect(article["hits"]?.array?.isEmpty == false)

            let page2 = try await client.execute(uri: "/search?q=protocol&limit=2&offset=2", method: .get).json()
            let page1 = try await client.execute(uri: "/search?q=protocol&limit=4", method: .get).json()
            #expect(page2["offset"]?.int == 2)
            #expect(page2["hits"]?.array == page1["hits"]?.array.map { Array($0.dropFirst(2)) })

            let prefix = try await client.execute(uri: "/search?q=asynchr&prefix=true", method: .get).json()
            #expect(prefix["hits"]?.array?.isEmpty == false)

            let explained = try await client.execute(uri: "/search?q=udp&explain=1&limit=1", method: .get).json()
            #expect(explained["hits"]?[0]?["explain"]?["bm25"] != nil)
            let plain = try await client.execute(uri: "/search?q=udp&limit=1", method: .get).json()
            #expect(plain["hits"]?[0]?["explain"] == nil)

            // Empty optional values count as absent, as empty form fields do; q may be empty.
            let empty = try await client.execute(uri: "/search?q=&limit=&kind=&article=", method: .get)
            #expect(empty.status == .ok)
            #expect(try empty.json()["limit"]?.int == 10)
        }
    }

    @Test func searchNeverFailsOnOddText() async throws {
        let queries = [
            "%22AND%22", "col%3Avalue", "*", "C%2B%2B", "%00", "%F0%9F%98%80", "NEAR(a+b)", "a%22b", "-", "%E2%80%8B",
        ]
        try await app().test(.router) { client in
            for query in queries {
                let response = try await client.execute(uri: "/search?q=\(query)", method: .get)
                #expect(response.status == .ok, "q=\(query)")
            }
        }
    }

    /// The longest valid query, 1000 four-byte characters, fits within the URI limit.
    @Test func longestValidQueryIsAnswered() async throws {
        try await app().test(.router) { client in
            let emoji = try await client.execute(uri: "/search?q=" + String(repeating: "%F0%9F%98%80", count: 1_000), method: .get)
            #expect(emoji.status == .ok)
            let words = try await client.execute(uri: "/ask?q=" + String(repeating: "why+", count: 250), method: .get)
            #expect(words.status == .ok)
        }
    }

    @Test func askAnswersTheCLIShape() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/ask?q=Is%20email%20asynchronous%3F", method: .get)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["article"]?["slug"]?.string == "synchronous-vs-asynchronous")
            #expect(json["answer"]?["kind"]?.string == "faq")
            #expect(json["alternatives"]?.array != nil)

            let nothing = try await client.execute(uri: "/ask?q=", method: .get).json()
            #expect(nothing["answer"] == .null)
            #expect(nothing["article"] == .null)
        }
    }

    @Test func articleAnswersTheShowShape() async throws {
        let index = try ArticleIndex.open(at: try Fixtures.sharedIndex(), readOnly: true)
        let expected = try JSONResponse.encode(try index.article(slug: "affect-vs-effect"))
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/articles/affect-vs-effect", method: .get)
            #expect(response.status == .ok)
            #expect(Data(response.text.utf8) == expected)
        }
    }

    @Test func statsAnswersTheStatsShape() async throws {
        try await app().test(.router) { client in
            let json = try await client.execute(uri: "/stats", method: .get).json()
            #expect(json["articles"]?.int == 40)
            #expect((json["passages"]?.int ?? 0) > 1000)
            #expect((json["indexSizeBytes"]?.int ?? 0) > 0)
        }
    }

    @Test func healthIsAvailable() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"available"}"#)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await app().test(.router) { client in
            _ = try await client.execute(uri: "/search?q=udp", method: .get)
            _ = try await client.execute(uri: "/search?q=udp&limit=abc", method: .get)
            _ = try await client.execute(uri: "/no/such/route", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let text = response.text
            #expect(text.contains(#"versus_http_requests_total{route="/search",status="200"} 1"#))
            #expect(text.contains(#"versus_http_requests_total{route="/search",status="400"} 1"#))
            #expect(text.contains(#"versus_http_requests_total{route="unmatched",status="404"} 1"#))
            #expect(text.contains(#"versus_http_request_duration_seconds_bucket{route="/search",le="+Inf"} 2"#))
            #expect(text.contains(#"versus_http_request_duration_seconds_count{route="/search"} 2"#))
            #expect(text.contains("# TYPE versus_http_request_duration_seconds histogram"))
            #expect(text.contains("versus_index_available 1"))
            #expect(text.contains("versus_index_size_bytes "))
        }
    }

    @Test func openAPIDocumentIsServed() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.mediaType == "application/yaml")
            #expect(response.text.hasPrefix("openapi: 3.1.0\n"))
        }
    }

    @Test func headAnswersLikeGetWithoutABody() async throws {
        try await app().test(.router) { client in
            let get = try await client.execute(uri: "/search?q=udp", method: .get)
            let head = try await client.execute(uri: "/search?q=udp", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            let missing = try await client.execute(uri: "/nope", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.body.readableBytes == 0)
        }
    }

    @Test func everyRouteIsRegistered() async throws {
        try await app().test(.router) { client in
            for route in APIRoute.allCases {
                let path = route.rawValue.replacingOccurrences(of: "{slug}", with: "tcp-vs-udp")
                let response = try await client.execute(uri: path + "?q=udp", method: .get)
                #expect(response.status == .ok, "\(route.rawValue)")
            }
        }
    }
}
