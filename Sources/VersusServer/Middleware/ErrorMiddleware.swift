import Hummingbird
import Logging
import NIOHTTP1
import VersusEngine

/// Turns every error thrown below it into a JSON error response (``APIError``).
///
/// - ``VersusError``s are the engine's user errors: 400, 404 or 503.
/// - NIO's parse error in a body being read (bad chunked framing) is a 400.
/// - Hummingbird's 404 for an unmatched request becomes a 405 with `Allow` when the path is a
///   known route asked with another method.
/// - Any other error is an internal fault: logged with its details, answered as a bare 500.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    var limits: ServerSettings.Limits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let response = try apiError(for: error, request: request, logger: context.logger)
                .response(from: request, context: context)
            return request.method == .head ? response.createHeadResponse() : response
        }
    }

    func apiError(for error: any Error, request: Request, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as VersusError:
            return APIError(error)
        case let error as any HTTPResponseError:
            return apiError(for: error.status, request: request)
        case is HTTPParserError:
            // A malformed body (bad chunked framing), met while reading it (RequestGuardHandler).
            return .malformedRequest
        default:
            logger.error(
                "internal fault", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            return .internalFault
        }
    }

    /// Our error for a status Hummingbird (or NIO) reported without our body.
    func apiError(for status: HTTPResponse.Status, request: Request) -> APIError {
        switch status {
        case .notFound:
            if let route = APIRoute.matching(path: request.uri.path), !APIRoute.allowedMethods.contains(request.method) {
                return .methodNotAllowed(request.method, route: route)
            }
            return .routeNotFound(request.uri.path)
        case .contentTooLarge:
            return .payloadTooLarge(limit: limits.maximumBodySize)
        default:
            return .http(status)
        }
    }
}
