import Foundation
import VersusEngine

/// Output for people: colours and progress only on a terminal, and never with NO_COLOR set.
enum Terminal {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    static let colours = stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func bold(_ text: String) -> String { colours ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { colours ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    static func highlight(_ text: String) -> String { colours ? "\u{1B}[1;33m\(text)\u{1B}[0m" : text }

    /// A snippet with its matches highlighted on a terminal, or in [brackets] elsewhere.
    static func render(_ snippet: Snippet) -> String {
        snippet.segments.map { segment in
            guard segment.isMatch else { return segment.text }
            return colours ? highlight(segment.text) : "[\(segment.text)]"
        }.joined()
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func error(_ message: String, code: String, type: String, json: Bool) {
        if json, let line = try? Output.json(["message": message, "code": code, "type": type]) {
            note(line)
        } else {
            note("error: \(message)")
        }
    }

    /// An engine error as the CLI tells it: the engine's message, then what to do about it here.
    static func message(for error: VersusError) -> String {
        switch error {
        case .indexNotFound: "\(error): build one with `versus index [PATH ...]`"
        case .indexUnusable: "\(error); rebuild it with `versus index --rebuild`"
        case .indexBusy: "\(error): try again when it has finished, or stop it"
        case .notAnIndex: "\(error), even with --rebuild: give another --db path, or move it away"
        case .diskFull: "\(error): free some space and run `versus index` again"
        default: error.description
        }
    }

    /// The JSON error `type` of an engine error, as the server's: whose it is.
    static func type(of error: VersusError) -> String {
        error.category == .userMistake ? "invalid_request" : "system"
    }

    /// A progress line on stderr, redrawn at most ten times a second; nil when stderr is not a terminal.
    static func progressReporter() -> (@Sendable (IndexProgress) -> Void)? {
        guard stderrIsTerminal else { return nil }
        let last = LastDraw()
        return { progress in
            guard progress.phase != .done else {
                FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
                return
            }
            guard last.shouldDraw(final: progress.total > 0 && progress.done == progress.total) else { return }
            let counts = progress.total > 0 ? " \(progress.done)/\(progress.total)" : ""
            FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.phase.rawValue)\(counts)".utf8))
        }
    }

    private final class LastDraw: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Date.distantPast

        func shouldDraw(final: Bool) -> Bool {
            lock.withLock {
                let now = Date()
                guard final || now.timeIntervalSince(time) >= 0.1 else { return false }
                time = now
                return true
            }
        }
    }
}
