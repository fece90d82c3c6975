import Hummingbird

/// Refuses oversized requests before routing: a request target longer than
/// ``maximumURILength`` is a 414, a body larger than ``maximumBodySize`` a 413.
///
/// No route takes a body; a small one is read and ignored. (Headers beyond NIO's decoder limits
/// never reach the router: Hummingbird answers those with a 400 and closes the connection.)
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    var maximumURILength: Int
    var maximumBodySize: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.string.utf8.count <= maximumURILength else {
            throw APIError.uriTooLong(limit: maximumURILength)
        }
        var request = request
        if let length = request.headers[.contentLength] {
            guard let bytes = Int(length), bytes <= maximumBodySize else {
                throw APIError.payloadTooLarge(limit: maximumBodySize)
            }
            if bytes > 0 { _ = try await request.collectBody(upTo: maximumBodySize) }
        } else if request.headers[.transferEncoding] != nil {
            // A chunked body has no declared length: read it, up to the limit (NIO's error is a 413).
            _ = try await request.collectBody(upTo: maximumBodySize)
        }
        return try await next(request, context)
    }
}
