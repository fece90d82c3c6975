import GRDB

/// The reads of a search: FTS5 lists rowids (never scores them), then the candidates' rows and
/// their articles are read by id.
extension IndexReader {
    /// The rowids of the passages that match an FTS5 expression, in ascending rowid order (FTS5
    /// reads its doclists in that order, so `ORDER BY rowid` costs no sort), restricted by the
    /// filter and optionally to a rowid range, optionally stopped at `limit`.
    ///
    /// ```sql
    /// SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? [AND kind IN (…)] [AND rowid BETWEEN ? AND ?]
    ///   [AND rowid BETWEEN ? AND ?] ORDER BY rowid [LIMIT ?]
    /// ```
    func rowids(
        matching match: String, filter: SearchFilter, range: ClosedRange<Int64>? = nil, limit: Int? = nil
    ) throws -> [Int64] {
        var sql = "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ?"
        let kinds = filter.kinds
        if !kinds.isEmpty {
            sql += " AND kind IN (\(databaseQuestionMarks(count: kinds.count)))"
        }
        let ranges = [filter.articleRange, range].compactMap { $0 }
        for _ in ranges {
            sql += " AND rowid BETWEEN ? AND ?"
        }
        sql += " ORDER BY rowid"
        if limit != nil {
            sql += " LIMIT ?"
        }
        // Through the C API: tens of thousands of rowids a search (see ``RawStatement``).
        let statement = try RawStatement(db.cachedStatement(sql: sql), in: db)
        var index: Int32 = 1
        statement.bind(match, at: index)
        for kind in kinds {
            index += 1
            statement.bind(kind.rawValue, at: index)
        }
        for range in ranges {
            statement.bind(range.lowerBound, at: index + 1)
            statement.bind(range.upperBound, at: index + 2)
            index += 2
        }
        if let limit {
            index += 1
            statement.bind(limit, at: index)
        }
        return try statement.integers(reservingCapacity: limit ?? 0)
    }

    /// The rowids of an article's passages, which are consecutive; nil for an unknown slug.
    ///
    /// ```sql
    /// SELECT min(id), max(id) FROM passage WHERE article_id = (SELECT id FROM article WHERE slug = ?)
    /// ```
    func passageRange(ofArticle slug: String) throws -> ClosedRange<Int64>? {
        // A bound string is read up to its first NUL; no slug holds one (see articleRow(slug:)).
        guard !slug.utf8.contains(0) else { return nil }
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT min(id) AS first, max(id) AS last FROM passage
                    WHERE article_id = (SELECT id FROM article WHERE slug = ?)
                    """), arguments: [slug])
        guard let first: Int64 = row?["first"], let last: Int64 = row?["last"] else { return nil }
        return first...last
    }

    /// The candidates' rows, read by rowid (no `MATCH`): their text columns, kind, term, article,
    /// sense and length, all from FTS5's content table (`passage_fts_content`, columns `c0`… in
    /// the order `passage_fts` declares them, the unindexed ones included): one lookup a row, a
    /// fifth faster than through the virtual table, which adds its cursor's calls to every row,
    /// and about 0.1 ms a search faster at 100,000 articles than joining `passage` for the kind
    /// and the rest. The rowids are bound as one JSON array, so that the statement is the same for
    /// any number of them (prepared once, cached).
    ///
    /// ```sql
    /// SELECT id, c0 /* heading */, c1 /* body */, c2 /* context */, c4 /* kind */, c5 /* term */,
    ///        c6 /* article_id */, c7 /* sense_rank */, c8 /* length */
    /// FROM passage_fts_content WHERE id IN (SELECT value FROM json_each(?))   -- '[12,40,41,…]'
    /// ```
    func candidateRows(_ rowids: [Int64]) throws -> [CandidateRow] {
        guard !rowids.isEmpty else { return [] }
        let statement = try db.cachedStatement(
            sql: """
                SELECT id, c0, c1, c2, c4, c5, c6, c7, c8
                FROM passage_fts_content
                WHERE id IN (SELECT value FROM json_each(?))
                """)
        let raw = RawStatement(statement, in: db)
        raw.bind(Self.jsonArray(rowids), at: 1)
        return try raw.rows(reservingCapacity: rowids.count, CandidateRow.init(columns:))
    }

    /// `[1,2,3]`: ids bound as one argument, for `json_each`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        var json = "["
        json.reserveCapacity(ids.count * 9 + 2)
        for (index, id) in ids.enumerated() {
            if index > 0 { json += "," }
            json += String(id)
        }
        return json + "]"
    }

    /// The title and terms of each article, by id.
    ///
    /// ```sql
    /// SELECT id, slug, title, term_a, term_b, author, editor, published FROM article
    /// WHERE id IN (SELECT value FROM json_each(?))
    /// ```
    func articles(ids: some Collection<Int64>) throws -> [Int64: ArticleRow] {
        guard !ids.isEmpty else { return [:] }
        let statement = try db.cachedStatement(
            sql: "SELECT \(ArticleRow.columns) FROM article WHERE id IN (SELECT value FROM json_each(?))")
        let rows = try ArticleRow.fetchAll(statement, arguments: [Self.jsonArray(ids)])
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
