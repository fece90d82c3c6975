import Hummingbird

/// Counts and times every request in ``ServerMetrics``, by route and final status.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let route = APIRoute.matching(path: request.uri.path)?.rawValue ?? APIRoute.unmatchedLabel
        metrics.requestStarted()
        do {
            let response = try await next(request, context)
            metrics.requestFinished(route: route, status: response.status.code, seconds: (ContinuousClock.now - started).seconds)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.requestFinished(route: route, status: status, seconds: (ContinuousClock.now - started).seconds)
            throw error
        }
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
