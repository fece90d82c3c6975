import Foundation

/// A value that writes its own JSON, byte for byte what ``VersusJSON`` would print through
/// `JSONEncoder` (keys sorted, slashes unescaped, numbers as `JSONEncoder` formats them).
///
/// Search and ask responses are what the server sends for every request, and `JSONEncoder`
/// (boxing each value through the `Encoder` protocol) cost about as much as a whole small-index
/// search; writing the bytes directly costs a small fraction of that. A test checks that the two
/// agree on every response to the quality query set.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// Appends JSON to a byte buffer.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object whose members are written by `body` through ``ObjectWriter/member(_:_:)``,
    /// which must be called in sorted key order.
    mutating func object(_ body: (inout ObjectWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        // The members write into this buffer, lent to them (a swap, not a copy).
        var members = ObjectWriter()
        swap(&bytes, &members.json.bytes)
        body(&members)
        swap(&bytes, &members.json.bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array(_ values: [some JSONWritable]) {
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            value.write(to: &self)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func array(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// As `JSONEncoder` writes a finite double: its shortest description, without a trailing `.0`.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            null()
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ value: String?) {
        guard let value else {
            null()
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes the members of one object, separating them with commas.
    struct ObjectWriter {
        fileprivate var json = JSONWriter(capacity: 0)
        private var count = 0

        fileprivate init() {}

        mutating func member(_ key: String, _ value: (inout JSONWriter) -> Void) {
            if count > 0 { json.bytes.append(UInt8(ascii: ",")) }
            count += 1
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            value(&json)
        }
    }
}

extension SearchResponse: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("didYouMean") { $0.string(didYouMean) }
            o.member("estimatedTotalHits") { $0.int(estimatedTotalHits) }
            o.member("hits") { $0.array(hits) }
            o.member("limit") { $0.int(limit) }
            o.member("offset") { $0.int(offset) }
            o.member("processingTimeMs") { $0.double($processingTimeMs) }
            o.member("query") { $0.string(query) }
        }
    }
}

extension Hit: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("article") { $0.string(article) }
            o.member("corrected") { $0.bool(corrected) }
            if let explanation { o.member("explain") { explanation.write(to: &$0) } }
            o.member("heading") { $0.string(heading) }
            o.member("kind") { $0.string(kind.rawValue) }
            o.member("score") { $0.double($score) }
            o.member("sense") { $0.string(sense) }
            o.member("snippet") { $0.string(snippet.html) }
            o.member("term") { $0.string(term) }
            o.member("text") { $0.string(text) }
            o.member("title") { $0.string(title) }
        }
    }
}

extension Explanation: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("bm25") { $0.double(bm25) }
            o.member("factors") { $0.array(factors) }
            o.member("score") { $0.double(score) }
        }
    }
}

extension RankingFactor: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("name") { $0.string(name) }
            o.member("reason") { $0.string(reason) }
            o.member("value") { $0.double(value) }
        }
    }
}

extension AskResponse: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("alternatives") { $0.array(alternatives) }
            o.member("answer") { json in
                if let answer { answer.write(to: &json) } else { json.null() }
            }
            o.member("article") { json in
                if let article { article.write(to: &json) } else { json.null() }
            }
            o.member("didYouMean") { $0.string(didYouMean) }
            o.member("processingTimeMs") { $0.double($processingTimeMs) }
            o.member("query") { $0.string(query) }
        }
    }
}

extension AskResponse.Alternative: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("article") { $0.string(article) }
            o.member("hits") { $0.array(hits) }
            o.member("title") { $0.string(title) }
        }
    }
}

extension AskResponse.ArticleReference: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { o in
            o.member("slug") { $0.string(slug) }
            o.member("summary") { $0.string(summary) }
            o.member("terms") { $0.array(terms) }
            o.member("title") { $0.string(title) }
        }
    }
}
