/// What one indexing run did.
public struct IndexReport: Sendable, Codable, Equatable {
    /// A file that could not be indexed, and why.
    public struct Failure: Sendable, Codable, Equatable {
        public var path: String
        public var line: Int?
        public var reason: String

        public init(path: String, line: Int?, reason: String) {
            self.path = path
            self.line = line
            self.reason = reason
        }
    }

    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    public var failures: [Failure] = []
    /// Passages written by this run (added and updated articles).
    public var passagesWritten = 0
    public var seconds = 0.0

    public var failed: Int { failures.count }

    public init() {}

    enum CodingKeys: String, CodingKey {
        case added, updated, removed, unchanged, failed, failures, passagesWritten, seconds
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(removed, forKey: .removed)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(failed, forKey: .failed)
        try container.encode(failures, forKey: .failures)
        try container.encode(passagesWritten, forKey: .passagesWritten)
        try container.encode(seconds, forKey: .seconds)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        added = try container.decode(Int.self, forKey: .added)
        updated = try container.decode(Int.self, forKey: .updated)
        removed = try container.decode(Int.self, forKey: .removed)
        unchanged = try container.decode(Int.self, forKey: .unchanged)
        failures = try container.decode([Failure].self, forKey: .failures)
        passagesWritten = try container.decode(Int.self, forKey: .passagesWritten)
        seconds = try container.decode(Double.self, forKey: .seconds)
    }
}

/// Where a long indexing run stands, for a progress display.
public struct IndexProgress: Sendable {
    public enum Phase: String, Sendable {
        case scanning, parsing, writing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
}
