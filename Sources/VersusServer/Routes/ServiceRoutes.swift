import Hummingbird
import Logging
import VersusEngine

/// The routes about the service itself: `GET /health`, `GET /metrics`, `GET /openapi.yaml`.
struct ServiceRoutes {
    let source: IndexSource
    let metrics: ServerMetrics

    /// What `GET /health` answers.
    struct Health: Encodable {
        var status: String
        /// Why the service is unavailable, and its error code; absent when available.
        var reason: String?
        var code: String?
    }

    /// 200 `{"status":"available"}` when the index can be read; 503 with the reason otherwise.
    func health(logger: Logger) async throws -> Response {
        let source = self.source
        do {
            // A cheap read that proves the file is a readable Versus index (stats() counts the
            // whole FTS vocabulary: fine for a scrape, too slow for a probe).
            _ = try await BlockingWork.run { try source.index().roots() }
            return try JSONResponse.make(Health(status: "available"))
        } catch let error as VersusError {
            return try JSONResponse.make(
                Health(status: "unavailable", reason: error.description, code: error.code), status: .serviceUnavailable)
        } catch {
            logger.error("health check failed", metadata: ["error": "\(String(reflecting: error))"])
            return try JSONResponse.make(
                Health(status: "unavailable", reason: "the index cannot be read", code: "index_unusable"),
                status: .serviceUnavailable)
        }
    }

    /// The metrics in Prometheus's text format, with the index's figures read now.
    func prometheus() async -> Response {
        let source = self.source
        let stats = try? await BlockingWork.run { try source.index().stats() }
        return text(metrics.exposition(stats: stats), contentType: ServerMetrics.contentType)
    }

    /// `Resources/openapi.yaml`, as it is.
    func openAPIDocument() -> Response {
        text(OpenAPIDocument.yaml, contentType: OpenAPIDocument.contentType)
    }

    private func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
