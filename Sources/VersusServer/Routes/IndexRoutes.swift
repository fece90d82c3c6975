import Foundation
import Hummingbird
import VersusEngine

/// The JSON routes over the index, each printing what its CLI command prints with `--json`:
/// `GET /search` (`versus search`), `GET /ask` (`versus ask`), `GET /articles/{slug}`
/// (`versus show`) and `GET /stats` (`versus stats`).
struct IndexRoutes {
    let source: IndexSource

    func search(_ request: Request) async throws -> Response {
        let search = try SearchParameters.request(from: try QueryParameters(query: request.uri.query))
        return try await json { try JSONResponse.encode(try $0.search(search)) }
    }

    func ask(_ request: Request) async throws -> Response {
        let question = try SearchParameters.query(from: try QueryParameters(query: request.uri.query))
        return try await json { try JSONResponse.encode(try $0.ask(question)) }
    }

    /// `slug` as it appears in the path, percent-encoded.
    func article(_ slug: String) async throws -> Response {
        guard let decoded = slug.removingPercentEncoding else { throw VersusError.articleNotFound(slug) }
        return try await json { try JSONResponse.encode(try $0.article(slug: decoded)) }
    }

    func stats() async throws -> Response {
        try await json { try JSONResponse.encode(try $0.stats()) }
    }

    /// Reads the index and encodes the answer off the cooperative threads.
    private func json(_ read: @escaping @Sendable (ArticleIndex) throws -> Data) async throws -> Response {
        let source = self.source
        let data = try await BlockingWork.run { try read(try source.index()) }
        return JSONResponse.response(data)
    }
}
