import VersusEngine
import Foundation

/// A query of a benchmark run and the kind of query it stands for.
public struct BenchmarkQuery: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// One to three content words from a random passage: `udp packet loss`.
        case keywords
        /// A random FAQ question, lowercased, without its question mark.
        case question
        /// A random article's two terms: `tcp vs udp`, `difference between tcp and udp`.
        case comparison
        /// A word of five letters or more with one edit, and one other word of the same passage.
        case misspelling
        /// A query read from a file, of no known kind.
        case given
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// A list of distinct queries for a benchmark: drawn from an index, or read from a file.
///
/// A drawn mix is deterministic: the same index, count and seed always give the same queries in
/// the same order. Its kinds follow ``shares`` — roughly what a search box receives: short
/// keyword queries, questions, "X vs Y", and typos.
public struct QueryMix: Sendable, Equatable {
    public var queries: [BenchmarkQuery]

    public init(queries: [BenchmarkQuery]) {
        self.queries = queries
    }

    /// The share of each kind in a drawn mix.
    public static let shares: [(kind: BenchmarkQuery.Kind, share: Double)] = [
        (.keywords, 0.30), (.question, 0.25), (.comparison, 0.20), (.misspelling, 0.25),
    ]

    /// How many tries one query gets before its kind gives way to keywords, which never run out.
    static let attemptsPerQuery = 20

    /// The shortest word a misspelling is made from: shorter words are rarely mistyped in a way
    /// a reader (or a spelling corrector) can still recognize.
    public static let misspelledWordMinimumLength = 5

    /// How many queries of each kind the mix holds.
    public var countsByKind: [BenchmarkQuery.Kind: Int] {
        queries.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// Queries from a file's lines: the first tab-separated column of each, trimmed; blank lines,
    /// `#` comments and repeats are skipped (a query set like `Benchmarks/Quality/queries.tsv`
    /// works as it is).
    public init(lines text: String) {
        var seen = Set<String>()
        var queries: [BenchmarkQuery] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let query = (line.split(separator: "\t", omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty, !query.hasPrefix("#"), seen.insert(query).inserted else { continue }
            queries.append(BenchmarkQuery(query, kind: .given))
        }
        self.queries = queries
    }

    /// Draws `count` distinct queries from the index, fewer only when the index is too small to
    /// give that many.
    public static func draw(count: Int, seed: UInt64, from index: ArticleIndex) throws -> QueryMix {
        var rng = SplitMix64(seed: seed)
        // Each kind its share of `count`, rounded; keywords (first in `shares`) make up the rest.
        var kinds: [BenchmarkQuery.Kind] = []
        for (kind, share) in shares.dropFirst() { kinds += Array(repeating: kind, count: Int((Double(count) * share).rounded())) }
        kinds = Array(repeating: .keywords, count: max(0, count - kinds.count)) + kinds.prefix(count)
        rng.shuffle(&kinds)

        return try PlainFTS5Baseline(path: index.path).withBenchmarkSource { source in
            var seen = Set<String>()
            var queries: [BenchmarkQuery] = []
            queries.reserveCapacity(count)
            for kind in kinds {
                var drawn: BenchmarkQuery?
                for attempt in 0..<(2 * attemptsPerQuery) where drawn == nil {
                    // After its own tries, a kind gives way to keywords.
                    let tried = attempt < attemptsPerQuery ? kind : .keywords
                    if let text = try draw(tried, from: source, rng: &rng), seen.insert(text).inserted {
                        drawn = BenchmarkQuery(text, kind: tried)
                    }
                }
                guard let drawn else { break }
                queries.append(drawn)
            }
            return QueryMix(queries: queries)
        }
    }

    static func draw(_ kind: BenchmarkQuery.Kind, from source: BenchmarkSource, rng: inout SplitMix64) throws -> String? {
        switch kind {
        case .keywords:
            guard let text = try source.passageText(using: &rng) else { return nil }
            let words = contentWords(text)
            guard !words.isEmpty else { return nil }
            let wanted = min(1 + rng.below(3), words.count)
            // Distinct positions, kept in the passage's order, as a person would write them.
            var positions = Set<Int>()
            while positions.count < wanted { positions.insert(rng.below(words.count)) }
            return positions.sorted().map { words[$0] }.joined(separator: " ")
        case .question:
            guard let question = try source.faqQuestion(using: &rng) else { return nil }
            let text = question.lowercased().replacingOccurrences(of: "?", with: "").trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        case .comparison:
            guard let terms = try source.articleTerms(using: &rng) else { return nil }
            let template = comparisonTemplates[rng.below(comparisonTemplates.count)]
            return template(terms.a.lowercased(), terms.b.lowercased())
        case .misspelling:
            guard let text = try source.passageText(using: &rng) else { return nil }
            let words = contentWords(text)
            let long = words.filter { $0.count >= misspelledWordMinimumLength && $0.allSatisfy(\.isLetter) }
            guard !long.isEmpty else { return nil }
            let word = long[rng.below(long.count)]
            let others = words.filter { $0 != word }
            guard !others.isEmpty, let typo = misspell(word, rng: &rng) else { return nil }
            let other = others[rng.below(others.count)]
            return rng.below(2) == 0 ? "\(typo) \(other)" : "\(other) \(typo)"
        case .given:
            return nil
        }
    }

    /// The ways people ask for a comparison.
    static let comparisonTemplates: [@Sendable (String, String) -> String] = [
        { "\($0) vs \($1)" }, { "\($0) vs. \($1)" }, { "\($1) vs \($0)" }, { "\($0) versus \($1)" },
        { "difference between \($0) and \($1)" }, { "what is the difference between \($0) and \($1)" },
        { "\($0) or \($1)" }, { "compare \($0) and \($1)" },
    ]

    /// Words that carry meaning: three letters or more, not a stop word, not a number.
    static func contentWords(_ text: String) -> [String] {
        WordTokenizer.words(in: text).filter { word in
            word.count >= 3 && !StopWords.contains(word) && !word.allSatisfy(\.isNumber)
        }
    }

    /// The word with one typing mistake — a letter deleted, replaced, or swapped with the next —
    /// never in the first letter, which people rarely get wrong. `nil` when the edit would give
    /// back the word itself (a swap of two equal letters).
    static func misspell(_ word: String, rng: inout SplitMix64) -> String? {
        var letters = Array(word)
        guard letters.count >= 3 else { return nil }
        switch rng.below(3) {
        case 0:
            letters.remove(at: 1 + rng.below(letters.count - 1))
        case 1:
            let position = 1 + rng.below(letters.count - 1)
            let alphabet = Array("abcdefghijklmnopqrstuvwxyz").filter { $0 != letters[position] }
            letters[position] = alphabet[rng.below(alphabet.count)]
        default:
            let position = 1 + rng.below(letters.count - 2)
            guard letters[position] != letters[position + 1] else { return nil }
            letters.swapAt(position, position + 1)
        }
        return String(letters)
    }
}

extension SplitMix64 {
    /// A number in `0..<bound`, the same for the same seed on every platform and Swift version
    /// (unlike `Int.random(in:using:)`, whose algorithm is not specified). `bound` must be positive.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// Fisher–Yates, with ``below(_:)``: the same order for the same seed everywhere.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }
}
