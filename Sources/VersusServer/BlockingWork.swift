import NIOPosix

/// Runs the engine's synchronous, blocking calls (SQLite reads through GRDB) off Swift's
/// cooperative threads, on NIO's shared thread pool (one thread a core).
///
/// A search is CPU-bound SQLite work of about a millisecond; running it on the cooperative pool
/// would stall every other task waiting on that pool meanwhile.
enum BlockingWork {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
