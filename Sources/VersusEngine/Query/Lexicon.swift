import Foundation

/// What the query analyzer knows of the index's language: the words it contains (for spelling
/// correction) and the terms of its articles (for routing a query to the article it names).
///
/// Loaded once per index generation and shared by all searches; an indexing run bumps the
/// generation, so a long-running reader picks up new words and articles.
final class Lexicon: Sendable {
    /// Words longer than this are not counted or corrected: they are not words people type.
    static let maximumWordLength = 64

    /// The terms of one article, as stems, for recognizing them in a query.
    struct ArticleTerms: Sendable {
        var slug: String
        var wordsA: [String]
        var wordsB: [String]
        var stemsA: [String]
        var stemsB: [String]
        /// The stems of both terms, A's then B's (kept: every candidate passage reads them).
        let stems: [String]
        /// The words of both terms as written (folded), A's then B's.
        let words: [String]

        init(slug: String, wordsA: [String], wordsB: [String], stemsA: [String], stemsB: [String]) {
            self.slug = slug
            self.wordsA = wordsA
            self.wordsB = wordsB
            self.stemsA = stemsA
            self.stemsB = stemsB
            stems = stemsA + stemsB
            words = wordsA + wordsB
        }
    }

    let generation: Int
    /// Article frequency of each word as written (folded, not stemmed).
    let wordFrequency: [String: Int]
    /// The same words as bytes, by first byte and length, for finding correction candidates.
    let correctionBuckets: [SpellingCorrector.BucketKey: [SpellingCorrector.Entry]]
    /// Words of any article's terms: never dropped as stop words.
    let termWords: Set<String>
    let articles: [ArticleTerms]
    /// How many passages contain each indexed stem, and how many passages there are.
    let passageFrequency: [String: Int]
    let passageCount: Int
    /// Mean tokens per passage, for bm25's length normalization.
    let averagePassageLength: Double
    /// Mean tokens per passage of each kind present, for bm25's length normalization by kind.
    let averageLengthByKind: [PassageKind: Double]
    /// Index into ``articles`` by slug.
    let articleBySlug: [String: Int]
    /// Article slugs by their row id in the `article` table.
    let slugByArticleID: [Int64: String]
    /// Each article's passages (a rowid range), by index into ``articles``; empty when not loaded.
    let passageRanges: [ClosedRange<Int64>?]
    /// Index into ``articles`` by the article's row id.
    let articleIndexByID: [Int64: Int]
    /// The distinct terms of all articles, each with the articles that compare it.
    let terms: [Term]
    /// Indices into ``terms`` by the stem of each that the fewest terms share.
    let termsByStem: [String: [Int]]
    /// The words of each term of several, by those words written together ("wifi" for "Wi-Fi",
    /// "email" for "E-mail", "icecream" for "ice cream"): people type a compound either way. Also
    /// a possessive's two words ("chefs" for "chef's": chef, s). Only joined forms of at least
    /// ``minimumJoinedLength`` letters.
    let termPartsByJoined: [String: [String]]
    /// The terms of one word, folded.
    let oneWordTerms: Set<String>
    /// Each article's terms A and B as indices into ``terms`` (nil for a term without words).
    let termIDs: [(a: Int?, b: Int?)]

    /// One term as articles write it (folded words), with its stems and the articles that compare it.
    struct Term: Sendable {
        var words: [String]
        var stems: [String]
        /// Indices into ``articles``, and which side of each this term is.
        var uses: [(article: Int, side: TermSide)] = []
    }

    init(
        generation: Int, wordFrequency: [String: Int], articles: [(slug: String, termA: String, termB: String)],
        passageFrequency: [String: Int] = [:], passageCount: Int = 0,
        lengthsByKind: [PassageKind: PassageLengths] = [:],
        slugByArticleID: [Int64: String] = [:], passageRangeBySlug: [String: ClosedRange<Int64>] = [:]
    ) {
        self.slugByArticleID = slugByArticleID
        self.passageRanges = articles.map { passageRangeBySlug[$0.slug] }
        self.generation = generation
        self.passageFrequency = passageFrequency
        self.passageCount = passageCount
        self.averagePassageLength = lengthsByKind.values.reduce(PassageLengths(), +).average ?? 1
        self.averageLengthByKind = lengthsByKind.compactMapValues(\.average)
        self.wordFrequency = wordFrequency
        var buckets: [SpellingCorrector.BucketKey: [SpellingCorrector.Entry]] = [:]
        for word in wordFrequency.keys {
            let bytes = Array(word.utf8)
            buckets[SpellingCorrector.BucketKey(first: bytes[0], length: bytes.count), default: []].append(
                SpellingCorrector.Entry(bytes))
        }
        correctionBuckets = buckets
        var termWords = Set<String>()
        var entries: [ArticleTerms] = []
        var distinct: [Term] = []
        var idByWords: [[String]: Int] = [:]
        var termIDs: [(a: Int?, b: Int?)] = []
        func use(_ words: [String], _ stems: [String], article: Int, side: TermSide) -> Int? {
            guard !words.isEmpty else { return nil }
            let id = idByWords[words] ?? {
                distinct.append(Term(words: words, stems: stems))
                idByWords[words] = distinct.count - 1
                return distinct.count - 1
            }()
            distinct[id].uses.append((article: article, side: side))
            return id
        }
        for article in articles {
            let wordsA = WordTokenizer.words(in: article.termA)
            let wordsB = WordTokenizer.words(in: article.termB)
            termWords.formUnion(wordsA)
            termWords.formUnion(wordsB)
            let entry = ArticleTerms(
                slug: article.slug, wordsA: wordsA, wordsB: wordsB, stemsA: wordsA.map(PorterStemmer.stem),
                stemsB: wordsB.map(PorterStemmer.stem))
            termIDs.append((
                a: use(entry.wordsA, entry.stemsA, article: entries.count, side: .a),
                b: use(entry.wordsB, entry.stemsB, article: entries.count, side: .b)))
            entries.append(entry)
        }
        // A term is named only when the query holds all its stems: it is enough to list it under
        // the one stem that the fewest terms have ("salt water" under "salt", not "water").
        var termsWithStem: [String: Int] = [:]
        for term in distinct {
            for stem in Set(term.stems) { termsWithStem[stem, default: 0] += 1 }
        }
        var byStem: [String: [Int]] = [:]
        for (id, term) in distinct.enumerated() {
            guard let rarest = term.stems.min(by: { termsWithStem[$0, default: 0] < termsWithStem[$1, default: 0] }) else { continue }
            byStem[rarest, default: []].append(id)
        }
        self.termWords = termWords
        self.articles = entries
        self.terms = distinct
        self.termsByStem = byStem
        var parts: [String: [String]] = [:]
        for term in distinct where term.words.count > 1 {
            let joined = term.words.joined()
            if joined.count >= Self.minimumJoinedLength, parts[joined] == nil { parts[joined] = term.words }
            // A possessive, which the tokenizer splits ("Chef's Knife": chef, s, knife), is typed
            // without its apostrophe ("chefs knife").
            for i in term.words.indices.dropFirst() where term.words[i] == "s" {
                let possessive = term.words[i - 1] + "s"
                if possessive.count >= Self.minimumJoinedLength, parts[possessive] == nil {
                    parts[possessive] = [term.words[i - 1], "s"]
                }
            }
        }
        self.termPartsByJoined = parts
        self.oneWordTerms = Set(distinct.filter { $0.words.count == 1 }.map { $0.words[0] })
        self.termIDs = termIDs
        self.articleBySlug = Dictionary(entries.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let bySlug = articleBySlug
        self.articleIndexByID = slugByArticleID.compactMapValues { bySlug[$0] }
    }

    static let empty = Lexicon(generation: -1, wordFrequency: [:], articles: [])

    /// Loads the lexicon of the index's current content.
    static func load(from reader: IndexReader) throws -> Lexicon {
        var frequency: [String: Int] = [:]
        try reader.forEachWord { frequency[$0] = $1 }
        var slugs: [Int64: String] = [:]
        let articles = try reader.articleRows().map { article in
            slugs[article.id] = article.slug
            return (slug: article.slug, termA: article.termA, termB: article.termB)
        }
        var passageFrequency: [String: Int] = [:]
        try reader.forEachStem { passageFrequency[$0] = $1 }
        var ranges: [String: ClosedRange<Int64>] = [:]
        try reader.forEachPassageRange { article, passages in
            if let slug = slugs[article] { ranges[slug] = passages }
        }
        let lengths = try reader.passageLengthsByKind()
        return Lexicon(
            generation: try reader.generation(), wordFrequency: frequency, articles: articles,
            passageFrequency: passageFrequency, passageCount: lengths.values.reduce(0) { $0 + $1.passages },
            lengthsByKind: lengths, slugByArticleID: slugs,
            passageRangeBySlug: ranges)
    }

    /// The rowids of the article's passages, when the lexicon was loaded from an index.
    func passageRange(ofArticle slug: String) -> ClosedRange<Int64>? {
        articleBySlug[slug].flatMap { passageRanges[$0] }
    }

    /// How many passages contain the term: its stem's count, or for a prefix an estimate (a
    /// tenth of all passages: broad enough that a short prefix is never treated as selective).
    func passageFrequency(of term: QueryTerm) -> Int {
        if term.isPrefix { return max(passageCount / 10, passageFrequency[term.stem] ?? 0) }
        let own = passageFrequency[term.stem] ?? 0
        let alternatives = term.alternatives.map { phrase in
            phrase.map { passageFrequency[PorterStemmer.stem($0)] ?? 0 }.min() ?? 0
        }
        return own + alternatives.reduce(0, +)
    }

    /// The inverse passage frequency of a query term.
    func inverseFrequency(of term: QueryTerm) -> Double {
        let n = Double(max(passageCount, 1))
        let df = Double(min(max(passageFrequency(of: term), 1), max(passageCount, 1)))
        return max(log(1 + (n - df + 0.5) / (df + 0.5)), 1e-6)
    }

    /// The inverse passage frequency of a stem, as bm25 computes it: rare words weigh more.
    /// A stem the index does not hold gets the weight of a word in a single passage.
    func inverseFrequency(ofStem stem: String) -> Double {
        let n = Double(max(passageCount, 1))
        let df = Double(min(passageFrequency[stem] ?? 1, passageCount))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Whether the index holds the word, as written or through its stem ("peace" is held when
    /// "peaceful" is, since both stem to "peac").
    func contains(_ word: String) -> Bool {
        wordFrequency[word] != nil || passageFrequency[PorterStemmer.stem(word)] != nil
    }

    /// How many words of the other term may stand between a pair's connective and the word the
    /// two terms share ("type 1 vs type 2 diabetes" names "type 1 diabetes").
    static let sharedWordReach = 3

    /// The articles whose terms the query words name, with the side(s) named.
    ///
    /// A term is named when its words occur in the query, or else their stems. Exact words
    /// decide first, because stemming can merge two terms (`https` stems to `http`): "http
    /// definition" names HTTP alone. Worked out once a distinct term, then for the articles
    /// that compare the terms the query covers: a common word is a term of hundreds of articles.
    /// A term of several words is named only by adjacent query words in its order ("sites I
    /// visit" does not name "site visit"), or by words that a pair with a shared last word parts
    /// ("debit or credit card" names "debit card", "type 1 vs type 2 diabetes" "type 1 diabetes").
    ///
    /// `words` holds, for each query word in order, the forms it stands for (itself first).
    func namedArticles(words positions: [[String]]) -> [String: TermSide] {
        let words = positions.joined()
        let wordSet = Set(words)
        let stemsAt = positions.map { Set($0.map(PorterStemmer.stem)) }
        let stems = Set(stemsAt.joined())
        // The words of a term of several, in order, each next to the one before or after a
        // connective and the other term's word ("debit [vs credit] card").
        func adjacent(_ term: Term) -> Bool {
            guard term.stems.count > 1 else { return true }
            return stemsAt.indices.contains { start in
                guard stemsAt[start].contains(term.stems[0]) else { return false }
                var at = start
                for stem in term.stems.dropFirst() {
                    if at + 1 < stemsAt.count, stemsAt[at + 1].contains(stem) {
                        at += 1
                    } else if at + 3 < stemsAt.count, Self.pairConnectives.contains(positions[at + 1].first ?? ""),
                        let shared = (at + 3...min(at + 1 + Self.sharedWordReach, stemsAt.count - 1)).first(where: {
                            stemsAt[$0].contains(stem)
                        })
                    {
                        at = shared
                    } else {
                        return false
                    }
                }
                return true
            }
        }
        // The terms whose every stem the query holds: no other term can be named.
        var covered: [Int: (exact: Bool, byStem: Bool)] = [:]
        for stem in stems {
            for id in termsByStem[stem] ?? []
            where covered[id] == nil && terms[id].stems.allSatisfy(stems.contains) && adjacent(terms[id]) {
                covered[id] = (exact: terms[id].words.allSatisfy(wordSet.contains), byStem: false)
            }
        }
        guard !covered.isEmpty else { return [:] }
        // The stems of the terms that the query writes out exactly: a term that only shares such
        // a stem is another word ("synchronize" beside "synchronous").
        var writtenStems = Set<String>()
        for (id, term) in covered where term.exact { writtenStems.formUnion(terms[id].stems) }
        for (id, term) in covered where !term.exact {
            let words = terms[id].words
            // A plural or a verb form of a written word is the same word ("stocks" for "stock",
            // "bake" for "baking").
            covered[id]!.byStem = !terms[id].stems.allSatisfy(writtenStems.contains)
                || words.allSatisfy { word in wordSet.contains(word) || Self.isInflection(word, ofAny: wordSet) }
        }
        var named: [String: TermSide] = [:]
        for id in covered.keys {
            for use in terms[id].uses where named[articles[use.article].slug] == nil {
                let pair = termIDs[use.article]
                let termA = pair.a.flatMap { covered[$0] }
                let termB = pair.b.flatMap { covered[$0] }
                let exactA = termA?.exact ?? false
                let exactB = termB?.exact ?? false
                var a = exactA
                var b = exactB
                if !exactA && !exactB {
                    a = termA?.byStem ?? false
                    b = termB?.byStem ?? false
                } else if exactA != exactB {
                    // The other term counts only if it is written out too, or its stem differs from the named one's.
                    let stemsDiffer = pair.a.map { terms[$0].stems } != pair.b.map { terms[$0].stems }
                    if !exactB { b = termB != nil && stemsDiffer }
                    if !exactA { a = termA != nil && stemsDiffer }
                }
                switch (a, b) {
                case (true, true): named[articles[use.article].slug] = .both
                case (true, false): named[articles[use.article].slug] = .a
                case (false, true): named[articles[use.article].slug] = .b
                default: break
                }
            }
        }
        return named
    }
}

extension Lexicon {
    /// How a named article stands for being searched: both terms named first, then by how many
    /// words the named terms hold (the longest term the query names: "computer virus" before
    /// "virus"), then by how well the rest of the query fits the article (higher first: "affect"
    /// names dozens of articles, "in psychology" tells which). Articles that stand alike are
    /// ordered by slug, which says nothing of them.
    struct NamedStanding: Equatable {
        var both: Bool
        var covered: Int
        var fit: Double

        func precedes(_ other: Self) -> Bool {
            if both != other.both { return both }
            if covered != other.covered { return covered > other.covered }
            return fit > other.fit
        }
    }

    /// The named articles in the order they deserve to be searched (``NamedStanding``, then slug),
    /// with their standings; `fit` is how well the rest of the query fits an article.
    func namedArticlesStanding(_ named: [String: TermSide], fit: (String) -> Double = { _ in 0 }) -> [(slug: String, standing: NamedStanding)] {
        func coverage(_ slug: String, _ side: TermSide) -> Int {
            guard let index = articleBySlug[slug] else { return 0 }
            let article = articles[index]
            switch side {
            case .a: return article.wordsA.count
            case .b: return article.wordsB.count
            case .both: return article.wordsA.count + article.wordsB.count
            }
        }
        let entries = named.map {
            (slug: $0.key, standing: NamedStanding(both: $0.value == .both, covered: coverage($0.key, $0.value), fit: fit($0.key)))
        }
        return entries.sorted { x, y in
            x.standing != y.standing ? x.standing.precedes(y.standing) : x.slug < y.slug
        }
    }
}

extension Lexicon {
    /// The shortest term written together that ``termPartsByJoined`` keeps: shorter ones are
    /// mostly other words ("U.S." written together is "us").
    static let minimumJoinedLength = 4

    /// The words of several of a term that `word` writes together ("wifi": wi, fi), if any; none
    /// for a word that is itself a term's word, which means its own term ("touchdown" is not
    /// "touch down").
    func termParts(joinedAs word: String) -> [String]? {
        termWords.contains(word) ? nil : termPartsByJoined[word]
    }

    /// The one-word term that two words write apart ("front end": frontend), if any.
    func oneWordTerm(writtenApartAs first: String, _ second: String) -> String? {
        let joined = first + second
        return joined.count >= Self.minimumJoinedLength && oneWordTerms.contains(joined) ? joined : nil
    }

    /// The words that join the two sides of a pair ("debit or credit card").
    static let pairConnectives: Set<String> = ["vs", "versus", "v", "or", "and"]

    /// Whether a term's `word` is written among `words` in another form of the same word: as its
    /// plural or singular ("stocks" for "stock"), or as its "-ing" or "-ed" form ("baking" for
    /// "bake", "stopped" for "stop"), unlike a word that only shares its stem ("synchronous" for
    /// "synchronize"). Not the other way round: "lead" does not write "leaded", nor "pulse"
    /// "pulsing" (each the term of other articles at 100,000).
    static func isInflection(_ word: String, ofAny words: Set<String>) -> Bool {
        for suffix in ["s", "es"] {
            if word.hasSuffix(suffix), words.contains(String(word.dropLast(suffix.count))) { return true }
            if words.contains(word + suffix) { return true }
        }
        var stems = [word]
        if word.hasSuffix("e") { stems.append(String(word.dropLast())) }
        if let last = word.last, word.count >= 3, !"aeiouwxy".contains(last) { stems.append(word + String(last)) }
        return stems.contains { words.contains($0 + "ing") || words.contains($0 + "ed") }
    }
}
