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
                    bytes += try Self.write(text(number), to: sub + "/" + slug(number) + ".txt")
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

    /// Writes one file with plain POSIX calls; returns its size. Not `Data.write`, which syncs
    /// every file to disk (an `fsync` each: 100,000 articles took 40 s of system time instead
    /// of a few): a generated corpus can be written again.
    static func write(_ text: String, to path: String) throws -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXFailure(path: path, operation: "open") }
        defer { close(descriptor) }
        var text = text
        return try text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(path: path, operation: "write")
                }
                written += result
            }
            return written
        }
    }

    /// A failed system call, with `errno`'s message.
    struct POSIXFailure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var code = errno

        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
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
