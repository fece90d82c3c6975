import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals
import VersusEngine

/// The router: every ``APIRoute`` with its handler, behind the middleware that logs, counts,
/// limits and turns errors into JSON.
///
/// Middleware runs outermost first: the security headers go on every response; the request log
/// and metrics see the final status, after ``ErrorMiddleware`` has answered every error.
public func buildRouter(
    source: IndexSource, metrics: ServerMetrics, limits: ServerSettings.Limits = .default
) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: [.autoGenerateHeadEndpoints])
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware(limits: limits))
    router.add(middleware: RequestLimitsMiddleware(
        maximumURILength: limits.maximumURILength, maximumBodySize: limits.maximumBodySize))
    let page = PageRoutes(source: source)
    let index = IndexRoutes(source: source)
    let service = ServiceRoutes(source: source, metrics: metrics)
    // GET on every route of the table (HEAD follows); the switch is exhaustive, so a route
    // added to the table cannot go unanswered.
    for route in APIRoute.allCases {
        router.get(route.path) { request, context -> Response in
            switch route {
            case .page: try await page.page(request)
            case .search: try await index.search(request)
            case .ask: try await index.ask(request)
            case .article: try await index.article(context.parameters.get("slug") ?? "")
            case .stats: try await index.stats()
            case .health: try await service.health(logger: context.logger)
            case .metrics: await service.prometheus()
            case .openAPI: service.openAPIDocument()
            }
        }
    }
    return router
}

/// The HTTP application of `versus serve`: the router on an HTTP/1.1 server bound to
/// `settings.host:settings.port`, closing connections idle for `settings.idleTimeout` (a head
/// trickled a byte at a time counts as idle) or slower than `settings.requestReadTimeout` to
/// send a request's body.
///
/// Run it with ``runUntilShutdownSignal(_:settings:)``, or test it with HummingbirdTesting.
public func buildApplication(
    _ settings: ServerSettings, source: IndexSource? = nil, metrics: ServerMetrics = ServerMetrics(), logger: Logger,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let source = source ?? IndexSource(path: settings.databasePath)
    let router = buildRouter(source: source, metrics: metrics, limits: settings.limits)
    return Application(
        router: router,
        server: .guardedHTTP1(
            configuration: .init(idleTimeout: .nanoseconds(settings.idleTimeout.nanoseconds)),
            requestReadTimeout: .nanoseconds(settings.requestReadTimeout.nanoseconds)),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "versus"),
        onServerRunning: { channel in
            // Ready first; the index's lexicon loads in the background so the first search is fast.
            source.warmUpInBackground()
            await onServerRunning(channel.localAddress?.port ?? settings.port)
        },
        logger: logger)
}

/// Runs `application` until SIGTERM or SIGINT, then shuts down gracefully: stops accepting,
/// lets in-flight requests finish, closes idle connections. Requests still running after
/// `settings.shutdownTimeout` are cancelled.
public func runUntilShutdownSignal(_ application: some ApplicationProtocol, settings: ServerSettings) async throws {
    var configuration = ServiceGroupConfiguration(
        services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: application.logger)
    configuration.maximumGracefulShutdownDuration = settings.shutdownTimeout
    configuration.maximumCancellationDuration = .seconds(2)
    try await ServiceGroup(configuration: configuration).run()
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
