import Foundation

/// The decoded parameters of a request's query string, in order, repeats kept.
///
/// Decodes as an HTML form does (`+` is a space, then percent-decoding), strictly: a malformed
/// escape or bytes that are not UTF-8 are a 400, never a guess.
struct QueryParameters: Sendable, Equatable {
    private(set) var pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// Parses the query string after `?` (nil or empty: no parameters).
    init(query: String?) throws(APIError) {
        var pairs: [(name: String, value: String)] = []
        for field in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    private static func decode(_ component: Substring) throws(APIError) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else { throw .malformedQueryString }
        return decoded
    }

    /// Every value given for `name`, in order.
    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The single value of `name`: nil when absent, a 400 when given more than once.
    func single(_ name: String) throws(APIError) -> String? {
        let values = values(name)
        guard values.count <= 1 else { throw .invalidParameter(name, "given \(values.count) times; give it once") }
        return values.first
    }

    /// The value of an optional parameter: an empty value counts as absent, as an empty form field does.
    func optional(_ name: String) throws(APIError) -> String? {
        guard let value = try single(name), !value.isEmpty else { return nil }
        return value
    }

    /// A required parameter; it may be empty.
    func required(_ name: String) throws(APIError) -> String {
        guard let value = try single(name) else { throw .missingParameter(name) }
        return value
    }

    /// An integer parameter, or `defaultValue` when absent. Only plain decimal digits are accepted.
    func integer(_ name: String, default defaultValue: Int) throws(APIError) -> Int {
        guard let text = try optional(name) else { return defaultValue }
        guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else {
            throw .invalidParameter(name, "must be an integer, got '\(Self.quoted(text))'")
        }
        return value
    }

    /// A boolean parameter: `true`/`1` or `false`/`0`; absent or empty is false.
    func flag(_ name: String) throws(APIError) -> Bool {
        switch try optional(name)?.lowercased() {
        case nil, "false", "0": false
        case "true", "1": true
        case let other?: throw .invalidParameter(name, "must be true or false, got '\(Self.quoted(other))'")
        }
    }

    /// User text for a message: at most 40 characters.
    static func quoted(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }
}
