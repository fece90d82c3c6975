import Foundation
import Yams

/// The served OpenAPI document, parsed, and a JSON Schema checker for the subset it uses:
/// `$ref`, `type` (one or several), `enum`, `properties`, `required`, `additionalProperties`,
/// `items`, `anyOf`, `minimum`, `maximum`, `maxLength`.
struct OpenAPIValidator {
    let document: [String: Any]

    init(yaml: String) throws {
        guard let document = try Yams.load(yaml: yaml) as? [String: Any] else {
            throw Failure("the document is not a mapping")
        }
        self.document = document
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    /// The documented response for `status` of `GET path`, with its `$ref` followed.
    func response(path: String, status: Int) throws -> [String: Any] {
        guard let item = paths[path] as? [String: Any], let get = item["get"] as? [String: Any] else {
            throw Failure("\(path) has no GET operation")
        }
        guard let responses = get["responses"] as? [String: Any], let response = responses[String(status)] else {
            throw Failure("GET \(path) does not document \(status)")
        }
        return try resolve(response)
    }

    /// The schema of a response's `mediaType` content.
    func schema(path: String, status: Int, mediaType: String) throws -> [String: Any] {
        let response = try response(path: path, status: status)
        guard let content = response["content"] as? [String: Any], let media = content[mediaType] as? [String: Any] else {
            throw Failure("GET \(path) \(status) does not document \(mediaType)")
        }
        return try resolve(media["schema"] ?? [:])
    }

    func component(schema name: String) throws -> [String: Any] {
        try resolve(["$ref": "#/components/schemas/\(name)"])
    }

    /// Follows `$ref` (local JSON pointers only).
    func resolve(_ node: Any) throws -> [String: Any] {
        guard var object = node as? [String: Any] else { throw Failure("not an object: \(node)") }
        while let reference = object["$ref"] as? String {
            guard reference.hasPrefix("#/") else { throw Failure("remote $ref \(reference)") }
            var current: Any = document
            for part in reference.dropFirst(2).split(separator: "/") {
                guard let next = (current as? [String: Any])?[String(part)] else { throw Failure("dangling $ref \(reference)") }
                current = next
            }
            guard let resolved = current as? [String: Any] else { throw Failure("$ref \(reference) is not an object") }
            object = resolved
        }
        return object
    }

    /// What is wrong with `value` against `schema`; empty when it conforms.
    func problems(_ value: JSONValue, _ unresolved: [String: Any], at location: String = "$") -> [String] {
        let schema: [String: Any]
        do {
            schema = try resolve(unresolved)
        } catch {
            return ["\(location): \(error)"]
        }
        if let branches = schema["anyOf"] as? [Any] {
            let results = branches.map { problems(value, ($0 as? [String: Any]) ?? [:], at: location) }
            if !results.contains(where: \.isEmpty) {
                return ["\(location): matches no anyOf branch (\(results.flatMap { $0 }.joined(separator: "; ")))"]
            }
        }
        var found: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
            guard allowed.contains(where: { Self.value(value, hasType: $0) }) else {
                return ["\(location): \(value) is not \(allowed.joined(separator: " or "))"]
            }
        }
        if let allowed = schema["enum"] as? [Any] {
            let strings = allowed.map { "\($0)" }
            let rendered = value.string ?? value.description
            if !strings.contains(rendered) { found.append("\(location): \(rendered) is not one of \(strings)") }
        }
        if let number = Self.number(value) {
            if let minimum = Self.double(schema["minimum"]), number < minimum { found.append("\(location): \(number) < \(minimum)") }
            if let maximum = Self.double(schema["maximum"]), number > maximum { found.append("\(location): \(number) > \(maximum)") }
        }
        if let string = value.string, let maxLength = schema["maxLength"] as? Int, string.count > maxLength {
            found.append("\(location): longer than \(maxLength)")
        }
        if let object = value.object {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(location): missing required \(key)")
            }
            for (key, member) in object {
                if let property = properties[key] as? [String: Any] {
                    found += problems(member, property, at: "\(location).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(member, additional, at: "\(location).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(location): undocumented property \(key)")
                }
            }
        }
        if let array = value.array, let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() {
                found += problems(element, items, at: "\(location)[\(i)]")
            }
        }
        return found
    }

    static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default:
            false
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    static func double(_ any: Any?) -> Double? {
        (any as? Int).map(Double.init) ?? (any as? Double)
    }
}
