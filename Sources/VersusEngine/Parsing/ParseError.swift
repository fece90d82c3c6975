/// Why a file could not be read as an article. A user-facing fault of the input, never of Versus.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case empty
        case binary
        case invalidUTF8
        case tooLarge(bytes: Int, limit: Int)
        case lineTooLong(length: Int, limit: Int)
        case noTitle
        case noContent
        /// The file exists but reading it failed (permissions, an I/O error, or it stopped
        /// being a regular file); the detail says why.
        case unreadable(String)
    }

    /// The file as it was named to the parser.
    public var file: String
    /// The 1-based line the problem was found on, when there is one.
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// A sentence that says what is wrong, without the location.
    public var message: String {
        switch reason {
        case .empty: "the file is empty"
        case .binary: "the file is binary (it contains NUL bytes), not text"
        case .invalidUTF8: "the file is not valid UTF-8 text"
        case .tooLarge(let bytes, let limit): "the file is \(bytes) bytes, more than the \(limit)-byte limit for an article"
        case .lineTooLong(let length, let limit): "a line is \(length) bytes long, more than the \(limit)-byte limit"
        case .noTitle: "not an article: no title of the form 'A vs. B' at the top"
        case .noContent: "not an article: a title but no summary, differences, chart, definitions or FAQ"
        case .unreadable(let detail): "the file cannot be read: \(detail)"
        }
    }

    /// `file:line: message`, the way compilers report.
    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
