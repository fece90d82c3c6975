import Foundation
import GRDB

extension ArticleIndex {
    /// Checks the whole file: SQLite's `PRAGMA integrity_check` (every b-tree page, index and
    /// constraint), FTS5's own `integrity-check` (the full-text index matches the stored text)
    /// and Versus's invariant that every passage has its text. Reads the whole index: seconds
    /// per gigabyte. Needs an index opened for writing (FTS5's check is an `INSERT` command,
    /// though it changes nothing), and waits for another writer like an indexing run does.
    public func checkIntegrity() throws -> IntegrityReport {
        let started = ContinuousClock.now
        do {
            return try database.writeWithoutTransaction { db in
                var report = IntegrityReport()
                do {
                    let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    if lines != ["ok"] { report.problems += lines.map { "integrity_check: \($0)" } }
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("integrity_check: \(error.message ?? "\(error.resultCode)")")
                }
                do {
                    try db.execute(sql: "INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')")
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("fts5 integrity-check: \(error.message ?? "\(error.resultCode)")")
                }
                do {
                    report.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
                    report.passages = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
                    let texts = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_fts") ?? 0
                    if texts != report.passages {
                        report.problems.append("\(report.passages) passages but \(texts) passage texts")
                    }
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("counts: \(error.message ?? "\(error.resultCode)")")
                }
                report.seconds = started.millisecondsSince / 1000
                return report
            }
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path, writing: false) ?? error
        }
    }
}

/// What `versus check` prints: whether the index file is sound, and if not, what is wrong.
public struct IntegrityReport: Sendable, Encodable {
    /// What SQLite, FTS5 or Versus found wrong; empty for a sound index.
    public var problems: [String] = []
    public var articles = 0
    public var passages = 0
    public var seconds = 0.0
    public var ok: Bool { problems.isEmpty }

    enum CodingKeys: CodingKey { case ok, problems, articles, passages, seconds }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ok, forKey: .ok)
        try c.encode(problems, forKey: .problems)
        try c.encode(articles, forKey: .articles)
        try c.encode(passages, forKey: .passages)
        try c.encode(seconds, forKey: .seconds)
    }
}
