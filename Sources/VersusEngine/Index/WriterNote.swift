import Foundation

/// Who is writing an index: a one-line note beside it (`PATH-writer`: process id and start
/// time), present while an indexing run holds SQLite's write lock, so that a second writer can
/// say whom it waited for.
///
/// Only informative: SQLite's lock decides who writes. A note left behind by a killed process
/// names a process that no longer runs, and is ignored.
public struct WriterNote: Sendable, Equatable {
    public var processID: Int32
    /// When the run took the lock, ISO 8601.
    public var since: String

    static func path(for index: String) -> String { index + "-writer" }

    /// The note of the process now writing the index at `index`, or nil.
    public static func current(for index: String) -> WriterNote? {
        guard let data = FileManager.default.contents(atPath: path(for: index)) else { return nil }
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ", maxSplits: 1)
        guard fields.count == 2, let pid = Int32(fields[0]), pid > 0 else { return nil }
        // kill(pid, 0) sends nothing: it tells whether the process exists.
        guard kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return WriterNote(processID: pid, since: fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes this process's note; a failure (a full disk) is ignored, since the note only informs.
    static func write(for index: String) {
        let line = "\(getpid()) \(ISO8601DateFormatter().string(from: Date()))\n"
        try? Data(line.utf8).write(to: URL(fileURLWithPath: path(for: index)))
    }

    static func remove(for index: String) {
        try? FileManager.default.removeItem(atPath: path(for: index))
    }
}
