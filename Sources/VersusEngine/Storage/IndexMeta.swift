import Foundation
import GRDB

/// Key-value facts about the index itself: schema version, tokenizer, roots, last run.
enum IndexMeta {
    /// A value, through a cached statement: every search reads the index's generation.
    static func get(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func set(_ key: String, to value: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// The files and folders indexed so far, absolute.
    static func roots(_ db: Database) throws -> [String] {
        guard let json = try get("roots", in: db), let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    static func encode(_ roots: [String]) -> String {
        let data = (try? JSONEncoder().encode(roots)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
