import Hummingbird

/// Counts and times every request in ``ServerMetrics``, by route and final status.
///
/// Not Hummingbird's `MetricsMiddleware`: it records through the global `MetricsSystem` (which
/// the tests' many applications in one process cannot share), under other names
/// (`hb.requests`, `http.server.request.duration`) with method and status-code dimensions, and
/// labels a known path asked with another method `NotFound`, where ours labels it by its route.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let route = APIRoute.matching(path: request.uri.path)?.rawValue ?? APIRoute.unmatchedLabel
        metrics.requestStarted()
        return try await RequestOutcome.observe(request, context: context, next: next) { outcome in
            metrics.requestFinished(route: route, status: outcome.status, duration: outcome.duration)
        }
    }
}
