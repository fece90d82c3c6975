/// One passage in a search result.
public struct Hit: Sendable, Equatable, Encodable {
    /// The article's slug.
    public var article: String
    public var title: String
    public var kind: PassageKind
    /// The name of the term the passage is about; `nil` when it is about both.
    @AlwaysEncoded public var term: String?
    @AlwaysEncoded public var heading: String?
    public var text: String
    /// For an example: the definition it illustrates.
    @AlwaysEncoded public var sense: String?
    /// The best fragment of the text with the matched words marked.
    public var snippet: Snippet
    @Rounded(places: 4) public var score: Double = 0
    /// Whether the passage matched through a spelling correction of the query.
    public var corrected = false
    /// How the score was made, when asked for.
    public var explanation: Explanation?

    public init(
        article: String, title: String, kind: PassageKind, term: String?, heading: String?, text: String,
        sense: String?, snippet: Snippet, score: Double, corrected: Bool = false, explanation: Explanation? = nil
    ) {
        self.article = article
        self.title = title
        self.kind = kind
        self.term = term
        self.heading = heading
        self.text = text
        self.sense = sense
        self.snippet = snippet
        self.score = score
        self.corrected = corrected
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey {
        case article, title, kind, term, heading, text, sense, snippet, score, corrected
        case explanation = "explain"
    }
}

/// The parts of a hit's score: bm25, then each multiplier with its reason.
public struct Explanation: Sendable, Equatable, Encodable {
    /// FTS5 bm25 with Versus's column weights (higher is better).
    public var bm25: Double
    public var factors: [RankingFactor]
    public var score: Double
}

/// A fragment of text in which some words are marked as matching the query.
public struct Snippet: Sendable, Equatable, Encodable {
    public struct Segment: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool
    }

    public var segments: [Segment]

    /// The marker FTS5 puts before and after a match; control characters never indexed.
    static let open = "\u{2}"
    static let close = "\u{3}"

    /// Reads the output of `snippet()` or `highlight()` made with ``open`` and ``close``.
    init(marked: String) {
        var segments: [Segment] = []
        var current: [UInt8] = []
        var inMatch = false
        for byte in marked.utf8 {
            if byte == 0x02 || byte == 0x03 {
                if !current.isEmpty {
                    segments.append(Segment(text: String(decoding: current, as: UTF8.self), isMatch: inMatch))
                    current.removeAll(keepingCapacity: true)
                }
                inMatch = byte == 0x02
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { segments.append(Segment(text: String(decoding: current, as: UTF8.self), isMatch: inMatch)) }
        self.segments = segments
    }

    public init(segments: [Segment]) { self.segments = segments }

    /// The most words a snippet shows.
    static let maximumWords = 40

    /// Adjacent unmatched segments joined into one.
    static func merged(_ segments: [Segment]) -> [Segment] {
        var merged: [Segment] = []
        for segment in segments {
            if let last = merged.last, !last.isMatch, !segment.isMatch {
                merged[merged.count - 1].text += segment.text
            } else {
                merged.append(segment)
            }
        }
        return merged
    }

    public var plainText: String { segments.map(\.text).joined() }

    /// The matched words.
    public var matches: [String] { segments.filter(\.isMatch).map(\.text) }

    /// HTML-safe text: all text escaped, matches wrapped in `<mark>` … `</mark>`.
    public var html: String {
        segments.map { segment in
            let escaped = HTML.escape(segment.text)
            return segment.isMatch ? "<mark>\(escaped)</mark>" : escaped
        }.joined()
    }
}

/// Escaping for text placed in HTML.
public enum HTML {
    public static func escape(_ text: String) -> String {
        // The five characters are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII,
        // so the text is escaped byte by byte; most text has none and is returned as it is.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Snippet {
    /// JSON shows a snippet as its HTML.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
