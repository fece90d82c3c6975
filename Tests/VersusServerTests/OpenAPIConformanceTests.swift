import Foundation
import Hummingbird
import HummingbirdTesting
import OpenAPIKit
import Testing
import VersusEngine
@testable import VersusServer

/// The OpenAPI document the server serves describes what it does: every route is documented,
/// and real responses — successes and errors — conform to the documented schemas.
struct OpenAPIConformanceTests {
    /// A request, and the documented path template it falls under (nil: an undocumented path).
    struct Exchange: CustomTestStringConvertible, Sendable {
        var uri: String
        var path: String?
        var method: HTTPRequest.Method = .get
        var body = 0
        var status: Int
        var testDescription: String { "\(method.rawValue) \(uri.prefix(50)) → \(status)" }
    }

    static let exchanges: [Exchange] = [
        .init(uri: "/search?q=is+email+asynchronous", path: "/search", status: 200),
        .init(uri: "/search?q=udp&kind=faq&kind=chart&limit=100&explain=true", path: "/search", status: 200),
        .init(uri: "/search?q=recieve+pakets", path: "/search", status: 200),
        .init(uri: "/search?q=zzzzqqq", path: "/search", status: 200),
        .init(uri: "/search?q=x&limit=abc", path: "/search", status: 400),
        .init(uri: "/search", path: "/search", status: 400),
        .init(uri: "/search?q=" + String(repeating: "a", count: 17_000), path: "/search", status: 414),
        .init(uri: "/search?q=x", path: "/search", body: 70_000, status: 413),
        .init(uri: "/ask?q=Is+email+asynchronous%3F", path: "/ask", status: 200),
        .init(uri: "/ask?q=zzzzqqq", path: "/ask", status: 200),
        .init(uri: "/ask", path: "/ask", status: 400),
        .init(uri: "/articles/affect-vs-effect", path: "/articles/{slug}", status: 200),
        .init(uri: "/articles/who-vs-whom", path: "/articles/{slug}", status: 200),
        .init(uri: "/articles/nope", path: "/articles/{slug}", status: 404),
        .init(uri: "/health", path: "/health", status: 200),
        .init(uri: "/stats", path: "/stats", status: 200),
        .init(uri: "/metrics", path: "/metrics", status: 200),
        .init(uri: "/openapi.yaml", path: "/openapi.yaml", status: 200),
        .init(uri: "/", path: "/", status: 200),
        .init(uri: "/?q=udp&kind=faq", path: "/", status: 200),
        .init(uri: "/?q=udp&kind=nope", path: "/", status: 400),
        .init(uri: "/nope", path: nil, status: 404),
        .init(uri: "/search?q=x", path: nil, method: .post, status: 405),
    ]

    @Test(arguments: exchanges)
    func responseConformsToTheDocument(_ exchange: Exchange) async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let validator = try OpenAPIValidator.served()
            let body = exchange.body > 0 ? ByteBuffer(repeating: 0x78, count: exchange.body) : nil
            let response = try await client.execute(uri: exchange.uri, method: exchange.method, body: body)
            #expect(response.status.code == exchange.status)
            try Self.check(response, path: exchange.path, with: validator)
        }
    }

    /// With no index, the 503s are documented too.
    @Test func unavailableResponsesConform() async throws {
        let path = try Fixtures.temporaryFolder().appendingPathComponent("missing.sqlite").path
        let app = makeApplication(databasePath: path)
        try await app.test(.router) { client in
            let validator = try OpenAPIValidator.served()
            for (uri, template) in [
                ("/search?q=x", "/search"), ("/ask?q=x", "/ask"), ("/articles/x", "/articles/{slug}"), ("/stats", "/stats"),
                ("/health", "/health"), ("/?q=x", "/"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .serviceUnavailable, "\(uri)")
                try Self.check(response, path: template, with: validator)
            }
        }
    }

    static func check(_ response: TestResponse, path: String?, with validator: OpenAPIValidator) throws {
        let mediaType = try #require(response.mediaType)
        let schema: DereferencedJSONSchema
        if let path {
            schema = try validator.schema(path: path, status: response.status.code, mediaType: mediaType)
        } else {
            // An undocumented path or method: the response is still the documented error shape.
            #expect(mediaType == "application/json")
            schema = try validator.component(schema: "Error")
        }
        guard mediaType == "application/json" else { return }
        let problems = validator.problems(try response.json(), schema)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func everyRouteIsDocumentedAndNothingElse() async throws {
        let validator = try OpenAPIValidator.served()
        #expect(Set(validator.document.paths.keys.map(\.rawValue)) == Set(APIRoute.allCases.map(\.rawValue)))
        #expect(validator.document.openAPIVersion.rawValue == "3.1.0")
    }

    /// `GET /openapi.yaml` answers the resource file byte for byte.
    @Test func servedDocumentIsTheResourceFile() async throws {
        let file = try Data(contentsOf: Fixtures.repository.appendingPathComponent("Sources/VersusServer/Resources/openapi.yaml"))
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(Array(response.body.readableBytesView) == Array(file))
        }
    }

    /// Every error code the server can produce is in the `Error` schema's enum.
    @Test func everyErrorCodeIsDocumented() throws {
        let validator = try OpenAPIValidator.served()
        let properties = try #require(try validator.component(schema: "Error").objectContext?.properties)
        let documented = Set(properties["code"]?.allowedValues?.compactMap { $0.value as? String } ?? [])
        var produced: Set<String> = [
            APIError.missingParameter("q").code, APIError.malformedQueryString.code, APIError.routeNotFound("/").code,
            APIError.methodNotAllowed(.post, route: .search).code, APIError.uriTooLong(limit: 1).code,
            APIError.payloadTooLarge(limit: 1).code, APIError.http(.badRequest).code, APIError.internalFault.code,
        ]
        for name in ["q", "limit", "offset", "kind", "prefix", "explain"] {
            produced.insert(APIError.invalidParameter(name, "").code)
        }
        for error: VersusError in [
            .pathNotFound(""), .indexNotFound(""), .indexUnusable(path: "", reason: ""), .indexBusy(""), .articleNotFound(""),
        ] {
            produced.insert(APIError(error).code)
        }
        #expect(produced.subtracting(documented).isEmpty, "undocumented: \(produced.subtracting(documented))")
        let types = Set(properties["type"]?.allowedValues?.compactMap { $0.value as? String } ?? [])
        #expect(types == Set(APIError.Kind.allCases.map(\.rawValue)))
    }
}

/// The checker is not vacuous: it rejects responses that drift from the document.
struct OpenAPIValidatorTests {
    static let search: JSONValue = .object([
        "query": .string("udp"), "hits": .array([]), "estimatedTotalHits": .int(0), "limit": .int(10), "offset": .int(0),
        "processingTimeMs": .double(0.5), "didYouMean": .null,
    ])

    static func removing(_ key: String) -> JSONValue {
        var object = search.object!
        object[key] = nil
        return .object(object)
    }

    static func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        var object = search.object!
        object[key] = value
        return .object(object)
    }

    static let drifted: [(JSONValue, String)] = [
        (removing("didYouMean"), "missing required didYouMean"),
        (setting("extra", .int(1)), "undocumented property extra"),
        (setting("limit", .string("10")), "is not integer"),
        (setting("limit", .int(500)), "> 100"),
        (setting("didYouMean", .int(1)), "is not string or null"),
        (setting("hits", .array([.object(["article": .string("x")])])), "missing required title"),
    ]

    @Test func documentedResponsePasses() throws {
        let validator = try OpenAPIValidator.served()
        #expect(validator.problems(Self.search, try validator.component(schema: "SearchResponse")).isEmpty)
    }

    @Test(arguments: 0..<drifted.count)
    func driftIsCaught(_ i: Int) throws {
        let validator = try OpenAPIValidator.served()
        let (value, expected) = Self.drifted[i]
        let problems = validator.problems(value, try validator.component(schema: "SearchResponse"))
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    /// The document check is not vacuous either: OpenAPIKit rejects a dangling `$ref` and a
    /// repeated operation id.
    @Test(arguments: [
        ("#/components/schemas/Hit\"", "#/components/schemas/Missing\""), ("operationId: ask", "operationId: search"),
    ])
    func brokenDocumentIsRejected(_ original: String, _ broken: String) {
        let yaml = OpenAPIDocument.yaml.replacingOccurrences(of: original, with: broken)
        #expect(yaml != OpenAPIDocument.yaml)
        #expect(throws: (any Error).self) { try OpenAPIValidator(yaml: yaml) }
    }
}
