import Hummingbird
import VersusEngine

/// An error answered to the client as JSON in Meilisearch's shape:
/// `{"message", "code", "type", "link"}` with the matching HTTP status.
///
/// User mistakes are 4xx and say what to fix; an index that is missing or being replaced is a
/// 503; only an internal fault is a 500, and its message does not leak the fault's details.
public struct APIError: Error, Sendable, Equatable {
    /// Who is at fault, as Meilisearch's `type`.
    public enum Kind: String, Sendable, CaseIterable {
        /// The request is wrong: fix it and try again.
        case invalidRequest = "invalid_request"
        /// The service cannot answer now (no usable index): try again later.
        case system
        /// A fault of the server's: it is logged.
        case internalError = "internal"
    }

    public var status: HTTPResponse.Status
    public var message: String
    public var code: String
    public var type: Kind
    /// Extra response headers: `Allow` on a 405, `Retry-After` on a 503.
    public var headers: HTTPFields = [:]

    /// Where the error codes are documented: the `Error` schema of the served OpenAPI document.
    public static let link = "/openapi.yaml#/components/schemas/Error"

    public init(status: HTTPResponse.Status, message: String, code: String, type: Kind, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.code = code
        self.type = type
        self.headers = headers
    }
}

extension APIError {
    /// The engine's user errors, each with its status.
    public init(_ error: VersusError) {
        switch (error.category, error) {
        case (.userMistake, .articleNotFound), (.userMistake, .pathNotFound):
            self.init(status: .notFound, message: error.description, code: error.code, type: .invalidRequest)
        case (.userMistake, _):
            self.init(status: .badRequest, message: error.description, code: error.code, type: .invalidRequest)
        case (.systemCondition, _):
            // No usable index now (missing, damaged, being written): the request is fine, retry it.
            self.init(
                status: .serviceUnavailable, message: error.description, code: error.code, type: .system,
                headers: [.retryAfter: "1"])
        }
    }

    static func missingParameter(_ name: String) -> APIError {
        APIError(
            status: .badRequest, message: "missing parameter \(name): add ?\(name)=…", code: "missing_\(name)",
            type: .invalidRequest)
    }

    static func invalidParameter(_ name: String, _ reason: String) -> APIError {
        APIError(VersusError.invalidParameter(name: name, reason: reason))
    }

    static let malformedQueryString = APIError(
        status: .badRequest, message: "the query string is not valid percent-encoded UTF-8",
        code: "malformed_query_string", type: .invalidRequest)

    static func routeNotFound(_ path: String) -> APIError {
        APIError(
            status: .notFound, message: "no route \(path); see /openapi.yaml for the API", code: "route_not_found",
            type: .invalidRequest)
    }

    static func methodNotAllowed(_ method: HTTPRequest.Method, route: APIRoute) -> APIError {
        let allowed = APIRoute.allowedMethods.map(\.rawValue).joined(separator: ", ")
        return APIError(
            status: .methodNotAllowed, message: "\(route.rawValue) answers \(allowed), not \(method.rawValue)",
            code: "method_not_allowed", type: .invalidRequest, headers: [.allow: allowed])
    }

    static func uriTooLong(limit: Int) -> APIError {
        APIError(
            status: .uriTooLong, message: "the request target is longer than \(limit) bytes", code: "uri_too_long",
            type: .invalidRequest)
    }

    static func payloadTooLarge(limit: Int) -> APIError {
        APIError(
            status: .contentTooLarge, message: "the request body is larger than \(limit) bytes; no route takes a body",
            code: "payload_too_large", type: .invalidRequest)
    }

    /// A request NIO's HTTP/1 parser rejects: a malformed request line, header or chunked body.
    static let malformedRequest = APIError(
        status: .badRequest, message: "the request is not valid HTTP/1.1", code: "malformed_request",
        type: .invalidRequest)

    /// Request headers beyond NIO's limits (80 KiB in all, or more than 1000 fields).
    static let headersTooLarge = APIError(
        status: .requestHeaderFieldsTooLarge, message: "the request headers are too large (at most 80 KiB, 1000 fields)",
        code: "headers_too_large", type: .invalidRequest)

    /// A request whose body did not arrive in time (``ServerSettings/requestReadTimeout``).
    static let requestTimeout = APIError(
        status: .requestTimeout, message: "the request was not received in time", code: "request_timeout",
        type: .invalidRequest)

    /// Any other HTTP error Hummingbird raised (a status without our body).
    static func http(_ status: HTTPResponse.Status) -> APIError {
        APIError(
            status: status, message: status.reasonPhrase.lowercased(), code: "http_error",
            type: status.code >= 500 ? .internalError : .invalidRequest)
    }

    static let internalFault = APIError(
        status: .internalServerError, message: "an internal error occurred; it has been logged", code: "internal",
        type: .internalError)
}

extension APIError: HTTPResponseError {
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(Body(self), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    /// The JSON body.
    struct Body: Encodable {
        var message: String
        var code: String
        var type: String
        var link: String

        init(message: String, code: String, type: String, link: String) {
            self.message = message
            self.code = code
            self.type = type
            self.link = link
        }

        init(_ error: APIError) {
            self.init(message: error.message, code: error.code, type: error.type.rawValue, link: APIError.link)
        }
    }
}

extension APIError: CustomStringConvertible {
    public var description: String { "\(status.code) \(code): \(message)" }
}
