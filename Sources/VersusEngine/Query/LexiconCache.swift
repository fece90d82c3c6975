import Foundation

/// The current lexicon, shared by concurrent searches.
final class LexiconCache: @unchecked Sendable {
    private let lock = NSLock()
    private let loadLock = NSLock()
    private var lexicon: Lexicon?

    func get() -> Lexicon? { lock.withLock { lexicon } }
    func set(_ new: Lexicon) { lock.withLock { lexicon = new } }
    func loading<T>(_ body: () throws -> T) rethrows -> T { try loadLock.withLock(body) }
}
