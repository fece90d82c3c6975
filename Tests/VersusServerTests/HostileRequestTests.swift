import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VersusServer

/// Hostile and odd requests, beyond the bad parameters of ``ErrorTests``: NUL bytes, `..`,
/// huge numbers, repeats, odd paths and methods (through the router); then raw bytes on a real
/// socket for what only NIO's parser sees — oversized headers, invalid UTF-8 and NUL in the
/// request line, absolute-form targets, HTTP/1.0, pipelining, bodies on GET, broken chunked
/// framing. Never a 5xx, every error is JSON, and the server keeps answering.
struct HostileRequestTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var method: HTTPRequest.Method = .get
        var uri: String
        var status: HTTPResponse.Status
        /// The error code for a JSON error; nil for a success.
        var code: String?

        var testDescription: String { "\(method.rawValue) \(uri.prefix(60)) → \(status.code) \(code ?? "")" }
    }

    static let routerCases: [Case] = [
        // NUL: a word separator in a query, an unknown name, a slug that matches nothing.
        .init(uri: "/search?q=udp%00packet", status: .ok),
        .init(uri: "/search?q=%00", status: .ok),
        .init(uri: "/search?q=x&%00=1", status: .ok),
        .init(uri: "/search?%00q=x", status: .badRequest, code: "missing_q"),
        .init(uri: "/search?q=x&article=%00", status: .ok),
        .init(uri: "/ask?q=%00%00%00", status: .ok),
        .init(uri: "/articles/%00", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/tcp-vs-udp%00", status: .notFound, code: "article_not_found"),
        .init(uri: "/search%00?q=x", status: .notFound, code: "route_not_found"),
        .init(uri: "/?q=%00", status: .ok),
        // Percent-encoding that is not UTF-8: overlong, surrogate, truncated, lone continuation.
        .init(uri: "/search?q=%C0%AF", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%ED%A0%80", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%F0%9F%98", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%80", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=%2", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/search?q=x&limit=%ZZ", status: .badRequest, code: "malformed_query_string"),
        .init(uri: "/?q=%FF", status: .badRequest, code: "malformed_query_string"),
        // Valid but unusual text.
        .init(uri: "/search?q=%F0%9F%98%80", status: .ok),
        .init(uri: "/search?q=" + String(repeating: "%F0%9F%98%80", count: 1_000), status: .ok),
        .init(uri: "/search?q=" + String(repeating: "a", count: 1_000), status: .ok),
        .init(uri: "/search?q=" + String(repeating: "udp+", count: 250), status: .ok),
        .init(uri: "/search?q=%22%27%3B+DROP+TABLE+article%3B+--", status: .ok),
        .init(uri: "/search?q=x&article=x%27+OR+%271%27%3D%271", status: .ok),
        .init(uri: "/search?q=NEAR(udp+tcp)+OR+col:x+*+^", status: .ok),
        .init(uri: "/search?q=%E2%80%AE%EF%BB%BF%E2%80%8B", status: .ok),
        // Numbers: empty, huge, negative, signed, spaced, exotic digits.
        .init(uri: "/search?q=x&limit=", status: .ok),
        .init(uri: "/search?q=x&offset=", status: .ok),
        .init(uri: "/search?q=x&limit=&offset=&kind=&article=&prefix=&explain=", status: .ok),
        .init(uri: "/search?q=x&offset=1000", status: .ok),
        .init(uri: "/search?q=x&offset=-0", status: .ok),
        .init(uri: "/search?q=x&offset=99999999999999999999", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&offset=9223372036854775807", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&offset=-9223372036854775808", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&limit=-99999999999999999999", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&offset=1e3", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&offset=0x10", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&offset=+5", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&limit=%EF%BC%95", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=%D9%A5", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=NaN", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/search?q=x&limit=--5", status: .badRequest, code: "invalid_limit"),
        .init(uri: "/?q=x&offset=99999999999999999999", status: .badRequest, code: "invalid_offset"),
        // Repeated parameters: each single-valued one once; kind may repeat.
        .init(uri: "/search?q=x&q=", status: .badRequest, code: "invalid_q"),
        .init(uri: "/search?q=x&offset=1&offset=1", status: .badRequest, code: "invalid_offset"),
        .init(uri: "/search?q=x&prefix=true&prefix=true", status: .badRequest, code: "invalid_prefix"),
        .init(uri: "/search?q=x&explain=1&explain=0", status: .badRequest, code: "invalid_explain"),
        .init(uri: "/search?q=x&article=a&article=b", status: .badRequest, code: "invalid_article"),
        .init(uri: "/ask?q=a&q=a", status: .badRequest, code: "invalid_q"),
        .init(uri: "/?q=a&q=b", status: .badRequest, code: "invalid_q"),
        .init(uri: "/search?q=x&kind=faq&kind=faq&kind=chart", status: .ok),
        .init(uri: "/search?q=x" + String(repeating: "&kind=faq", count: 500), status: .ok),
        .init(uri: "/search?q=x" + String(repeating: "&unknown=1", count: 1_000), status: .ok),
        .init(uri: "/search?&&&q=x&&=&==&", status: .ok),
        // Paths: `..`, doubled slashes, case, matrix parameters, fragments.
        .init(uri: "/articles/..", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/..%2F..%2Fetc%2Fpasswd", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/%2E%2E", status: .notFound, code: "article_not_found"),
        .init(uri: "/articles/../health", status: .notFound, code: "route_not_found"),
        .init(uri: "/../../etc/passwd", status: .notFound, code: "route_not_found"),
        .init(uri: "/search/..?q=x", status: .notFound, code: "route_not_found"),
        .init(uri: "/SEARCH?q=x", status: .notFound, code: "route_not_found"),
        .init(uri: "/search;x=1?q=x", status: .notFound, code: "route_not_found"),
        .init(uri: "/search?q=x#fragment", status: .ok),
        .init(uri: "/articles/" + String(repeating: "a", count: 10_000), status: .notFound, code: "article_not_found"),
        // Methods: any other method on a known route is a 405, on an unknown one a 404.
        .init(method: .trace, uri: "/search?q=x", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .connect, uri: "/health", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .init("PROPFIND")!, uri: "/articles/tcp-vs-udp", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .init("BREW")!, uri: "/", status: .methodNotAllowed, code: "method_not_allowed"),
        .init(method: .trace, uri: "/nope", status: .notFound, code: "route_not_found"),
        .init(method: .delete, uri: "/articles/a/b", status: .notFound, code: "route_not_found"),
    ]

    @Test(arguments: routerCases)
    func routerAnswers(_ hostile: Case) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: hostile.uri, method: hostile.method)
            #expect(response.status == hostile.status)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            if hostile.uri.hasPrefix("/?") {
                #expect(response.mediaType == "text/html")
                return
            }
            #expect(response.mediaType == "application/json")
            let json = try response.json()
            if hostile.code != nil {
                #expect(Self.errorSchemaProblems(json).isEmpty, "\(Self.errorSchemaProblems(json))")
            }
            if let code = hostile.code {
                #expect(json["code"]?.string == code)
                #expect(json["type"]?.string == "invalid_request")
            } else {
                #expect(json["code"] == nil)
            }
        }
    }

    /// HEAD of every route and error: the GET's status and headers, no body.
    @Test(arguments: ["/search?q=udp", "/search?limit=abc", "/nope", "/articles/nope", "/?q=udp", "/openapi.yaml"])
    func headHasNoBody(_ uri: String) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let get = try await client.execute(uri: uri, method: .get)
            let head = try await client.execute(uri: uri, method: .head)
            #expect(head.status == get.status)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
        }
    }

    /// How `json` differs from the documented `Error` schema (its codes are an enum).
    static func errorSchemaProblems(_ json: JSONValue) -> [String] {
        do {
            let validator = try OpenAPIValidator.served()
            return validator.problems(json, try validator.component(schema: "Error"))
        } catch {
            return ["\(error)"]
        }
    }

    // MARK: - Raw bytes on a real socket

    struct WireCase: CustomTestStringConvertible, Sendable {
        var name: String
        var request: [UInt8]
        /// The statuses of the responses expected, in order.
        var statuses: [Int]
        /// The error code of the last response, when it is a JSON error.
        var code: String? = nil
        /// Whether the server must close the connection after the responses.
        var closes = false

        init(_ name: String, _ request: String, _ statuses: [Int], code: String? = nil, closes: Bool = false) {
            self.init(name, Array(request.utf8), statuses, code: code, closes: closes)
        }

        init(_ name: String, _ request: [UInt8], _ statuses: [Int], code: String? = nil, closes: Bool = false) {
            self.name = name
            self.request = request
            self.statuses = statuses
            self.code = code
            self.closes = closes
        }

        var testDescription: String { name }
    }

    static let hugeHeader = "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 100 * 1024) + "\r\n\r\n"
    static let manyHeaders = "GET /health HTTP/1.1\r\nHost: x\r\n"
        + (0..<2_000).map { "X-H\($0): v\r\n" }.joined() + "\r\n"
    static let get = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"

    static let wireCases: [WireCase] = [
        .init("one header over 80 KiB", hugeHeader, [431], code: "headers_too_large", closes: true),
        .init("2,000 header fields", manyHeaders, [431], code: "headers_too_large", closes: true),
        .init("a request target of 1 MiB", "GET /search?q=" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n",
              [431], code: "headers_too_large", closes: true),
        .init("NUL in the path", Array("GET /sea".utf8) + [0] + Array("rch?q=x HTTP/1.1\r\nHost: x\r\n\r\n".utf8),
              [400], code: "malformed_request", closes: true),
        .init("NUL in a header value", Array("GET /health HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8),
              [400], code: "malformed_request", closes: true),
        // NIO's parser takes only ASCII in the request target (RFC 3986): raw UTF-8 is malformed.
        .init("invalid UTF-8 in the path", Array("GET /articles/".utf8) + [0xFF, 0xFE, 0xC0] + Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8),
              [400], code: "malformed_request", closes: true),
        .init("raw UTF-8 in the query", Array("GET /search?q=".utf8) + [0xC3, 0xA9] + Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8),
              [400], code: "malformed_request", closes: true),
        .init("a space in the target", "GET /search?q=a b HTTP/1.1\r\nHost: x\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("garbage", "HELLO\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("an unknown method", "BREW /search?q=x HTTP/1.1\r\nHost: x\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("no version", "GET /health\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("HTTP/9.9", "GET /health HTTP/9.9\r\nHost: x\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("a header without a colon", "GET /health HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n", [400], code: "malformed_request", closes: true),
        .init("a negative Content-Length", "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", [400],
              code: "malformed_request", closes: true),
        .init("two Content-Lengths", "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", [400],
              code: "malformed_request", closes: true),
        .init("Content-Length and chunked", "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
              [400], code: "malformed_request", closes: true),
        .init("a bad chunk size", "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n",
              [400], code: "malformed_request", closes: true),
        .init("a chunk longer than its size", "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n",
              [400], code: "malformed_request", closes: true),
        .init("chunked bodies over the limit", "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
              + String(repeating: "8000\r\n" + String(repeating: "x", count: 0x8000) + "\r\n", count: 3) + "0\r\n\r\n",
              [413], code: "payload_too_large"),
        .init("a valid chunked body on GET", "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + get,
              [200, 200]),
        .init("a body on GET, then another request", "GET /search?q=udp HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" + get,
              [200, 200]),
        .init("absolute-form target", "GET http://127.0.0.1/search?q=udp HTTP/1.1\r\nHost: x\r\n\r\n", [200]),
        .init("absolute-form target of another host", "GET http://example.com/health HTTP/1.1\r\nHost: example.com\r\n\r\n", [200]),
        .init("asterisk-form target", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", [404], code: "route_not_found"),
        // NIO sends no body in a response to CONNECT, and parses nothing after it: closed.
        .init("authority-form target", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", [404], closes: true),
        .init("CONNECT on a route", "CONNECT /health HTTP/1.1\r\nHost: x\r\n\r\n", [405], closes: true),
        .init("HTTP/1.0", "GET /health HTTP/1.0\r\n\r\n", [200], closes: true),
        .init("HTTP/1.0 keep-alive", "GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n" + get, [200, 200]),
        .init("no Host header", "GET /health HTTP/1.1\r\n\r\n", [200]),
        .init("Connection: close", "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", [200], closes: true),
        .init("bare LF line endings", "GET /health HTTP/1.1\nHost: x\n\n", [400], code: "malformed_request", closes: true),
        .init("three pipelined requests",
              "GET /search?q=udp HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\nGET /articles/tcp-vs-udp HTTP/1.1\r\nHost: x\r\n\r\n",
              [200, 404, 200]),
        .init("a malformed request after a pipelined good one", get + "GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n",
              [200, 400], code: "malformed_request", closes: true),
        .init("an oversized request after a pipelined good one", get + hugeHeader, [200, 431], code: "headers_too_large", closes: true),
    ]

    @Test(arguments: wireCases)
    func wireAnswers(_ wire: WireCase) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let connection = try await RawConnection.open(port: port)
            defer { connection.close() }
            connection.send(wire.request)
            let (responses, closed) = await connection.responses(wire.statuses.count)
            #expect(responses.map(\.status) == wire.statuses)
            for response in responses {
                #expect(response.header("x-content-type-options") == "nosniff")
                #expect(response.header("content-type")?.hasPrefix("application/json") == true)
            }
            if let code = wire.code, let last = responses.last {
                let json = try JSONDecoder().decode(JSONValue.self, from: Data(last.body))
                #expect(json["code"]?.string == code, "\(last)")
                #expect(Self.errorSchemaProblems(json).isEmpty, "\(Self.errorSchemaProblems(json))")
                #expect(json["type"]?.string == "invalid_request")
            }
            if wire.closes {
                let closedLater = closed ? true : await connection.closedByServer(within: .seconds(20))
                #expect(closedLater, "the server kept the connection open")
            } else {
                // Still usable.
                #expect(connection.send(Self.get))
                #expect(await connection.responses(1).responses.map(\.status) == [200])
            }

            // And the server answers the next client.
            let next = try await RawConnection.open(port: port)
            next.send(Self.get)
            #expect(await next.responses(1).responses.map(\.status) == [200])
            next.close()
        }
    }

    /// A client that connects and leaves, or sends half a request and leaves, costs nothing.
    @Test func abandonedConnectionsLeaveTheServerUp() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for partial in ["", "GET /sea", "GET /search?q=udp HTTP/1.1\r\nHost:", "GET /health HTTP/1.1\r\nContent-Length: 100\r\n\r\nab"] {
                let connection = try await RawConnection.open(port: port)
                connection.send(partial)
                connection.close()
            }
            let connection = try await RawConnection.open(port: port)
            connection.send(Self.get)
            #expect(await connection.responses(1).responses.map(\.status) == [200])
        }
    }
}
