import Hummingbird

/// How a request ended, for the request log and the metrics: its final status and how long
/// the middleware below took to answer it.
struct RequestOutcome {
    var status: Int
    var duration: Duration

    /// Answers `request` with `next` and reports the outcome, also when `next` throws: then the
    /// status is the HTTP error's, or 500. (``ErrorMiddleware``, below, answers every error.)
    static func observe<Context: RequestContext>(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response,
        report: (RequestOutcome) -> Void
    ) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            report(RequestOutcome(status: response.status.code, duration: .now - started))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            report(RequestOutcome(status: status, duration: .now - started))
            throw error
        }
    }
}
