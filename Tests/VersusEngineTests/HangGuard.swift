import Foundation
@testable import VersusEngine

/// Runs work that must end on its own thread, so that a hang fails a test instead of stopping
/// the whole run. The limit is generous: it only tells "finished" from "never finishes", never
/// fast from slow, on a machine shared with other builds.
enum HangGuard {
    static let limit: Duration = .seconds(300)

    /// `body`'s result, or nil when it has not finished within `limit` (its thread is then
    /// left running).
    static func finishing<T: Sendable>(
        within limit: Duration = HangGuard.limit, _ body: @escaping @Sendable () throws -> T
    ) throws -> T? {
        let done = DispatchSemaphore(value: 0)
        let slot = ResultSlots<Result<T, any Error>>(count: 1)
        Thread.detachNewThread {
            slot[0] = Result(catching: body)
            done.signal()
        }
        guard done.wait(timeout: .now() + Double(limit.components.seconds)) == .success else { return nil }
        return try slot[0]!.get()
    }
}
