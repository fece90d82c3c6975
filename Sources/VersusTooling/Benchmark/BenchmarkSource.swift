import GRDB
import VersusEngine

/// Random passages, FAQ questions and article terms of an index, by random position.
///
/// Every read is a rowid lookup (`WHERE id >= ? ORDER BY id LIMIT 1`), so drawing thousands
/// of queries from a 100,000-article index costs milliseconds, not table scans. A position
/// past the last row wraps to the first.
struct BenchmarkSource {
    let db: Database
    let passageIDs: ClosedRange<Int64>?
    let articleIDs: ClosedRange<Int64>?

    init(_ db: Database) throws {
        self.db = db
        passageIDs = try Self.range(db, table: "passage")
        articleIDs = try Self.range(db, table: "article")
    }

    /// The first and last id of a table, read from the two ends of its rowid b-tree (one `min()`
    /// and one `max()` together would scan the table).
    private static func range(_ db: Database, table: String) throws -> ClosedRange<Int64>? {
        let sql = "SELECT (SELECT id FROM \(table) ORDER BY id LIMIT 1), (SELECT id FROM \(table) ORDER BY id DESC LIMIT 1)"
        guard let row = try Row.fetchOne(db, sql: sql), let low: Int64 = row[0], let high: Int64 = row[1] else { return nil }
        return low...high
    }

    /// The text (heading and body) of the first passage at or after a random rowid.
    ///
    /// ```sql
    /// SELECT heading, body FROM passage_fts WHERE rowid >= ? ORDER BY rowid LIMIT 1
    /// ```
    func passageText(using rng: inout SplitMix64) throws -> String? {
        guard let ids = passageIDs else { return nil }
        let sql = "SELECT heading, body FROM passage_fts WHERE rowid >= ? ORDER BY rowid LIMIT 1"
        let start = ids.lowerBound + Int64(rng.below(ids.count))
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [start]) ?? Row.fetchOne(db, sql: sql, arguments: [ids.lowerBound])
        else { return nil }
        let heading: String? = row[0]
        let body: String = row[1] ?? ""
        return heading.map { $0 + " " + body } ?? body
    }

    /// The question of the first FAQ passage at or after a random rowid: the passage first, then
    /// its heading by rowid (a join would let SQLite scan `passage_fts` whole).
    ///
    /// ```sql
    /// SELECT id FROM passage WHERE id >= ? AND kind = 'faq' ORDER BY id LIMIT 1
    /// SELECT heading FROM passage_fts WHERE rowid = ?
    /// ```
    func faqQuestion(using rng: inout SplitMix64) throws -> String? {
        guard let ids = passageIDs else { return nil }
        let sql = "SELECT id FROM passage WHERE id >= ? AND kind = 'faq' ORDER BY id LIMIT 1"
        let start = ids.lowerBound + Int64(rng.below(ids.count))
        guard let id = try Int64.fetchOne(db, sql: sql, arguments: [start]) ?? Int64.fetchOne(db, sql: sql, arguments: [ids.lowerBound])
        else { return nil }
        return try String.fetchOne(db, sql: "SELECT heading FROM passage_fts WHERE rowid = ?", arguments: [id])
    }

    /// The two terms of the first article at or after a random id.
    ///
    /// ```sql
    /// SELECT term_a, term_b FROM article WHERE id >= ? ORDER BY id LIMIT 1
    /// ```
    func articleTerms(using rng: inout SplitMix64) throws -> (a: String, b: String)? {
        guard let ids = articleIDs else { return nil }
        let sql = "SELECT term_a, term_b FROM article WHERE id >= ? ORDER BY id LIMIT 1"
        let start = ids.lowerBound + Int64(rng.below(ids.count))
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [start]) ?? Row.fetchOne(db, sql: sql, arguments: [ids.lowerBound])
        else { return nil }
        return (row[0], row[1])
    }
}
