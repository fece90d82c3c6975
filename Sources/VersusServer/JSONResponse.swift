import Foundation
import Hummingbird
import VersusEngine

/// JSON as Versus prints it, the same bytes as the CLI's `--json`: keys sorted, slashes unescaped.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static func encode(_ value: some Encodable) throws -> Data {
        try VersusJSON.encode(value)
    }

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        response(try encode(value), status: status)
    }

    static func response(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
