import Foundation
import VersusEngine

/// Writes a generated corpus's articles as files, `perFolder` to a numbered subfolder
/// (`0000/`, `0001/`, …), on all cores.
///
/// Article `n` always goes to the same file with the same bytes, whatever the number of
/// threads: each subfolder is written by one worker, in article order.
struct CorpusWriter: Sendable {
    /// The file name (without `.txt`) of article `n`.
    let slug: @Sendable (Int) -> String
    /// The text of article `n`.
    let text: @Sendable (Int) -> String

    /// Writes articles `0..<count` under `folder`; returns the bytes written.
    func write(
        articles count: Int, to folder: String, perFolder batch: Int, progress: (@Sendable (Int) -> Void)?
    ) throws -> Int {
        let chunks = (count + batch - 1) / batch
        let outcome = WriteOutcome()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let sub = folder + "/" + String(format: "%04d", chunk)
            do {
                try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
                var bytes = 0
                for number in (chunk * batch)..<min((chunk + 1) * batch, count) {
                    let data = Data(text(number).utf8)
                    try data.write(to: URL(fileURLWithPath: sub + "/" + slug(number) + ".txt"))
                    bytes += data.count
                }
                outcome.add(bytes: bytes)
                progress?(min((chunk + 1) * batch, count))
            } catch {
                outcome.fail("\(sub): \(error)")
            }
        }
        if let message = outcome.failure { throw VersusError.invalidParameter(name: "out", reason: message) }
        return outcome.bytes
    }

    /// The bytes the writing workers wrote, and the first failure.
    private final class WriteOutcome: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        private var firstFailure: String?

        var bytes: Int { lock.withLock { total } }
        var failure: String? { lock.withLock { firstFailure } }
        func add(bytes: Int) { lock.withLock { total += bytes } }
        func fail(_ message: String) { lock.withLock { if firstFailure == nil { firstFailure = message } } }
    }
}
