import Hummingbird
import Logging

/// Logs one line per request when its response is ready: method, target, status, latency.
///
/// `info  versus : GET /search?q=udp 200 1.42 ms`. The target is cut at 200 characters.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: started, logger: context.logger)
            return response
        } catch {
            log(request, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: started, logger: context.logger)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since started: ContinuousClock.Instant, logger: Logger) {
        let target = request.uri.string.count > 200 ? request.uri.string.prefix(200) + "…" : request.uri.string[...]
        let milliseconds = (ContinuousClock.now - started).milliseconds
        logger.info("\(request.method.rawValue) \(target) \(status) \(Self.format(milliseconds)) ms")
    }

    static func format(_ milliseconds: Double) -> String {
        let hundredths = (milliseconds * 100).rounded()
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
