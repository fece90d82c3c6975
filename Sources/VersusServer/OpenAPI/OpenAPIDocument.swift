import Foundation

/// The OpenAPI 3.1 description of the HTTP API, `Resources/openapi.yaml`, served as it is at
/// `GET /openapi.yaml`.
///
/// A resource rather than code: OpenAPIConformanceTests validates it with OpenAPIKit, checks
/// that its paths are the ``APIRoute`` table, and checks real responses of every route against
/// its schemas, so the document and the server cannot drift apart unnoticed.
enum OpenAPIDocument {
    static let contentType = "application/yaml"

    /// The document's text, read once from the bundle.
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("Resources/openapi.yaml is missing from the VersusServer bundle") }
        return text
    }()
}
