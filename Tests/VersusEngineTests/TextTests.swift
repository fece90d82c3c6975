import GRDB
import Testing
@testable import VersusEngine

/// The engine's tokenizer and stemmer must agree with what FTS5 indexed, so they are checked
/// against SQLite itself: each word goes through an FTS5 table with the index's tokenizer and
/// comes back out of `fts5vocab` as the term FTS5 stored.
@Suite struct TextTests {
    static let words = [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer",
        "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
        "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti",
        "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness",
        "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
        "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
        "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "asynchronous",
        "synchronous", "differences", "definitions", "emails", "running", "flies", "dying", "lying", "meeting",
        "generalizations", "oscillators", "abbreviation", "yelled", "syed", "aed", "eed", "ies", "sses", "xyz",
        "naïve", "Café", "ÉCOLE", "straße", "daß", "123abc", "ab", "a",
    ]

    @Test func stemmerAgreesWithFTS5Porter() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '\(IndexSchema.tokenizer)')")
            try db.execute(sql: "CREATE VIRTUAL TABLE v USING fts5vocab(t, row)")
        }
        for word in Self.words {
            let sqliteTerms = try db.write { db -> [String] in
                try db.execute(sql: "DELETE FROM t")
                try db.execute(sql: "INSERT INTO t(x) VALUES (?)", arguments: [word])
                return try String.fetchAll(db, sql: "SELECT term FROM v")
            }
            let ours = WordTokenizer.words(in: word).map(PorterStemmer.stem).sorted()
            #expect(ours == sqliteTerms.sorted(), "\(word)")
        }
    }

    @Test(arguments: [
        ("It's C++ vs. C#!", ["it", "s", "c", "vs", "c"]),
        ("a-b AND \"quoted\" col:x *^", ["a", "b", "and", "quoted", "col", "x"]),
        ("Crème brûlée", ["creme", "brulee"]),
        ("emoji 🎉 party", ["emoji", "party"]),
        ("nul\u{0}byte", ["nul", "byte"]),
        ("   ", []),
    ])
    func tokenizerSplitsLikeUnicode61(_ text: String, _ expected: [String]) {
        #expect(WordTokenizer.words(in: text) == expected)
    }
}

/// Spans carry the words of ``WordTokenizer/words(in:limit:)`` with their UTF-8 offsets, on both
/// the ASCII and the Unicode paths.
@Suite struct SpanTests {
    @Test(arguments: ["Is e-mail asynchronous?", "Crème brûlée, s'il vous plaît", "", "  ", "C++ & C#"])
    func spansMatchWords(_ text: String) {
        let spans = WordTokenizer.spans(in: text)
        #expect(spans.map(\.word) == WordTokenizer.words(in: text))
        let bytes = Array(text.utf8)
        for span in spans {
            let original = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            #expect(WordTokenizer.words(in: original) == [span.word])
        }
    }
}
