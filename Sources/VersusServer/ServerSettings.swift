/// How `versus serve` runs: where it listens, which index it reads, its limits and timeouts.
public struct ServerSettings: Sendable {
    /// Request size limits (see ``RequestLimitsMiddleware``).
    public struct Limits: Sendable {
        /// The longest request target (path and query) accepted, in bytes; longer is a 414. Room
        /// for the longest valid query, 1000 four-byte characters percent-encoded (12 KB).
        public var maximumURILength: Int
        /// The largest request body accepted, in bytes; larger is a 413. No route takes a body.
        public var maximumBodySize: Int

        public init(maximumURILength: Int = 16 * 1024, maximumBodySize: Int = 64 * 1024) {
            self.maximumURILength = maximumURILength
            self.maximumBodySize = maximumBodySize
        }

        public static let `default` = Limits()
    }

    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// The index file, opened read-only.
    public var databasePath: String
    public var limits: Limits
    /// How long a keep-alive connection may stay idle before the server closes it. A request head
    /// arriving a byte at a time does not count as activity (slowloris), so it bounds that too.
    public var idleTimeout: Duration
    /// How long a request's body may take to arrive once its head is read; then 408 and closed.
    public var requestReadTimeout: Duration
    /// How long a graceful shutdown may wait for in-flight requests before cancelling them.
    public var shutdownTimeout: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String, limits: Limits = .default,
        idleTimeout: Duration = .seconds(30), requestReadTimeout: Duration = .seconds(10),
        shutdownTimeout: Duration = .seconds(10)
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.limits = limits
        self.idleTimeout = idleTimeout
        self.requestReadTimeout = requestReadTimeout
        self.shutdownTimeout = shutdownTimeout
    }
}
