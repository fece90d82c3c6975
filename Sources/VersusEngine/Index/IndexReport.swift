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
    public var failures: [Failure] = [] {
        didSet { failed = failures.count }
    }
    /// Passages written by this run (added and updated articles).
    public var passagesWritten = 0
    public var seconds = 0.0

    /// How many files failed: the number of `failures`.
    public private(set) var failed = 0

    public init() {}
}

/// Where a long indexing run stands, for a progress display.
public struct IndexProgress: Sendable {
    public enum Phase: String, Sendable {
        case scanning, parsing, writing
        /// Merging the full-text index's segments into one, after a large run.
        case merging
        /// The run is over (its report follows).
        case done
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
}
