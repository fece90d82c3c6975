import Foundation

/// Results of the iterations of `DispatchQueue.concurrentPerform`, each slot written once.
final class ParallelResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ body: () throws -> Value) {
        let result = Result { try body() }
        lock.withLock { slots[index] = result }
    }

    /// The values in iteration order; the first error, if any, is thrown.
    func values() throws -> [Value] {
        try lock.withLock { slots }.map { try $0!.get() }
    }
}
