import Foundation
import Hummingbird

/// Logs one line per request when its response is ready: method, target, status, latency.
///
/// `info  versus : GET /search?q=udp 200 1.42 ms`. The target is cut at 200 characters.
///
/// Not Hummingbird's `LogRequestsMiddleware`: it logs `Request` with the method and path as
/// metadata before the request is answered, so its line has neither the status nor the latency.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await RequestOutcome.observe(request, context: context, next: next) { outcome in
            let target = request.uri.string.count > 200 ? request.uri.string.prefix(200) + "…" : request.uri.string[...]
            let milliseconds = Double(outcome.duration.nanoseconds) / 1e6
            context.logger.info("\(request.method.rawValue) \(target) \(outcome.status) \(String(format: "%.2f", milliseconds)) ms")
        }
    }
}
