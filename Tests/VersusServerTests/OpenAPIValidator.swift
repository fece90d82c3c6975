import Foundation
import OpenAPIKit
import Yams
@testable import VersusServer

/// The served OpenAPI document, read with Yams into OpenAPIKit's model and validated by it, and
/// a checker of JSON values against the document's schemas.
///
/// OpenAPIKit validates the document itself (structure, references, path parameters, operation
/// ids) but has no validator of instances against a schema, so ``problems(_:_:at:)`` checks the
/// keywords the document uses: `type` (with `null`), `enum`, `properties`, `required`,
/// `additionalProperties`, `items`, `anyOf`, `minimum`, `maximum`, `maxLength`.
struct OpenAPIValidator {
    let document: OpenAPI.Document
    /// The document with every `$ref` followed.
    let dereferenced: DereferencedDocument

    init(yaml: String) throws {
        document = try YAMLDecoder().decode(OpenAPI.Document.self, from: yaml)
        _ = try document.validate()
        dereferenced = try document.locallyDereferenced()
    }

    /// The served document (``OpenAPIDocument/yaml``, byte for byte what `GET /openapi.yaml`
    /// answers), read and validated once for all the tests.
    static func served() throws -> OpenAPIValidator { try shared.get() }
    /// Never mutated after it is built (OpenAPIKit's dereferenced document is not `Sendable`).
    nonisolated(unsafe) private static let shared = Result { try OpenAPIValidator(yaml: OpenAPIDocument.yaml) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The schema of the `mediaType` content of the documented response for `status` of `GET path`.
    func schema(path: String, status: Int, mediaType: String) throws -> DereferencedJSONSchema {
        guard let get = dereferenced.paths[OpenAPI.Path(rawValue: path)]?.get else {
            throw Failure("\(path) has no GET operation")
        }
        guard let response = get.responses[.status(code: status)] else {
            throw Failure("GET \(path) does not document \(status)")
        }
        guard let contentType = OpenAPI.ContentType(rawValue: mediaType), let schema = response.content[contentType]?.schema else {
            throw Failure("GET \(path) \(status) does not document \(mediaType)")
        }
        return schema
    }

    func component(schema name: String) throws -> DereferencedJSONSchema {
        guard let key = OpenAPI.ComponentKey(rawValue: name), let schema = document.components.schemas[key] else {
            throw Failure("no schema \(name)")
        }
        return try schema.dereferenced(in: document.components)
    }

    /// What is wrong with `value` against `schema`; empty when it conforms.
    func problems(_ value: JSONValue, _ schema: DereferencedJSONSchema, at location: String = "$") -> [String] {
        if value == .null, schema.nullable { return [] }
        if let allowed = schema.allowedValues?.map({ "\($0.value)" }), !allowed.contains(value.string ?? value.description) {
            return ["\(location): \(value.string ?? value.description) is not one of \(allowed)"]
        }
        switch (schema, value) {
        case (.any(of: let branches, _), _):
            let results = branches.map { problems(value, $0, at: location) }
            return results.contains(where: \.isEmpty)
                ? [] : ["\(location): matches no anyOf branch (\(results.flatMap { $0 }.joined(separator: "; ")))"]
        case (.fragment, _), (.null, .null), (.boolean, .bool):
            return []
        case (.integer(_, let bounds), .int(let number)):
            return Self.outside(Double(number), bounds.numericContext, at: location)
        case (.number(_, let bounds), .int), (.number(_, let bounds), .double):
            return Self.outside(value.number ?? 0, bounds, at: location)
        case (.string(_, let text), .string(let string)):
            return string.count > (text.maxLength ?? .max) ? ["\(location): longer than \(text.maxLength ?? 0)"] : []
        case (.array(_, let array), .array(let elements)):
            guard let items = array.items else { return [] }
            return elements.indices.flatMap { problems(elements[$0], items, at: "\(location)[\($0)]") }
        case (.object(_, let object), .object(let members)):
            var found = object.requiredProperties.filter { members[$0] == nil }.map { "\(location): missing required \($0)" }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                switch (object.properties[key], object.additionalProperties) {
                case (let property?, _), (nil, .b(let property)?):
                    found += problems(member, property, at: "\(location).\(key)")
                case (nil, .a(false)?):
                    found.append("\(location): undocumented property \(key)")
                default:
                    break
                }
            }
            return found
        default:
            return ["\(location): \(value) is not \(schema.jsonType?.rawValue ?? "any")\(schema.nullable ? " or null" : "")"]
        }
    }

    /// `number` below the schema's minimum or above its maximum.
    static func outside(_ number: Double, _ bounds: JSONSchema.NumericContext, at location: String) -> [String] {
        if let minimum = bounds.minimum?.value, number < minimum { return ["\(location): \(number) < \(minimum)"] }
        if let maximum = bounds.maximum?.value, number > maximum { return ["\(location): \(number) > \(maximum)"] }
        return []
    }
}

extension JSONValue {
    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}
