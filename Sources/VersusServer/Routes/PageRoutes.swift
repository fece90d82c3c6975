import Hummingbird
import VersusEngine

/// `GET /`: the HTML search page. Errors are shown on the page, with the status JSON clients get.
struct PageRoutes {
    let source: IndexSource

    static var contentType: String { "text/html; charset=utf-8" }

    func page(_ request: Request) async throws -> Response {
        var page = SearchPage()
        do {
            let parameters = try QueryParameters(query: request.uri.query)
            page.kinds = try SearchParameters.kinds(from: parameters)
            page.article = try parameters.optional("article")
            page.offset = try parameters.integer("offset", default: 0)
            page.query = try parameters.single("q")
            guard let query = page.query else {
                guard (0...SearchRequest.maximumOffset).contains(page.offset) else {
                    throw APIError.invalidParameter("offset", "must be between 0 and \(SearchRequest.maximumOffset), got \(page.offset)")
                }
                return html(page)
            }
            _ = try SearchParameters.query(from: parameters)  // its length
            let search = SearchRequest(
                query: query, limit: SearchPage.pageSize, offset: page.offset, kinds: page.kinds, article: page.article)
            do {
                try search.validate()
            } catch {
                throw APIError(error)
            }
            let source = self.source
            page.response = try await BlockingWork.run { try source.index().search(search) }
            return html(page)
        } catch let error as APIError {
            page.error = error.message
            return html(page, status: error.status)
        } catch let error as VersusError {
            page.error = error.description
            return html(page, status: APIError(error).status)
        }
    }

    private func html(_ page: SearchPage, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: Self.contentType,
                .contentSecurityPolicy: SearchPage.contentSecurityPolicy,
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page.render())))
    }
}
