import Foundation
import GRDB
import Testing
@testable import VersusEngine

/// Seeded property tests of the two places where input from outside comes in: the article
/// parser (any bytes) and the query path (any text). Thousands of random and mutated inputs
/// each, in seconds; a failure names the seed and the input's number, so that it reproduces
/// (`VERSUS_FUZZ_SEED=<seed> swift test --filter FuzzTests`, or `FuzzInput(seed:)` on the input's
/// own seed). The long, coverage-guided run is the libFuzzer harness in `Tests/Fuzz`.
@Suite struct FuzzTests {
    // MARK: - Parser

    /// Where parser inputs come from, and how many of each.
    enum ParserSource: String, CaseIterable, CustomTestStringConvertible {
        case randomBytes, articleishText, mutatedArticle

        var count: Int {
            switch self {
            case .randomBytes: 3_000
            case .articleishText: 3_000
            case .mutatedArticle: 4_000
            }
        }

        var testDescription: String { rawValue }
    }

    /// The real articles, as bytes.
    static let articles: [[UInt8]] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus)) ?? []
        return names.sorted().compactMap { FileManager.default.contents(atPath: TestSupport.corpus + "/" + $0) }
            .map(Array.init)
    }()

    /// Every non-blank line of the real articles.
    static let articleLines: [String] = articles.flatMap {
        String(decoding: $0, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Any bytes give an article or a `ParseError`, never a crash or a hang; an article has
    /// terms and passages with text; an error names the file and a line inside it; the result
    /// does not depend on the line ending or on a byte-order mark.
    @Test(arguments: ParserSource.allCases)
    func parserKeepsItsPromises(_ source: ParserSource) throws {
        try #require(Self.articles.count >= 10, "the corpus at \(TestSupport.corpus) is missing")
        let run = FuzzInput.runSeed
        var failures: [String] = []
        var outcomes = (articles: 0, errors: 0)
        for number in 0..<source.count {
            let seed = FuzzInput.seed(run: run, case: number)
            var random = FuzzInput(seed: seed)
            let bytes: [UInt8] =
                switch source {
                case .randomBytes: random.bytes(count: random.int(0...random.pick([16, 256, 4_096])))
                case .articleishText: random.articleishText(lines: Self.articleLines)
                case .mutatedArticle: random.mutated(article: random.pick(Self.articles))
                }
            let problems = Self.parserProblems(bytes, variants: number % Self.variantEvery == 0)
            if problems.isArticle { outcomes.articles += 1 } else { outcomes.errors += 1 }
            for problem in problems.messages {
                failures.append("run seed \(run), \(source) #\(number) (input seed \(seed)): \(problem)")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The mutations keep some articles whole and break others: both outcomes are exercised.
        if source == .mutatedArticle {
            #expect(outcomes.articles > source.count / 10 && outcomes.errors > source.count / 10, "\(outcomes)")
        }
    }

    /// One input in this many is also parsed again, with CRLF and CR line endings and with a
    /// byte-order mark: four more parses, too slow in a debug build to do for every input.
    static let variantEvery = 16

    /// What is wrong with the parser's answer to `bytes`, if anything.
    static func parserProblems(_ bytes: [UInt8], variants: Bool = true) -> (isArticle: Bool, messages: [String]) {
        let parser = ArticleParser()
        var messages: [String] = []
        let outcome = Result { () throws(ParseError) in try parser.parse(bytes, slug: "fuzz", file: "fuzz.txt") }
        switch outcome {
        case .success(let article):
            if article.termA.isEmpty || article.termB.isEmpty { messages.append("an article without terms") }
            let passages = article.passages
            if passages.isEmpty { messages.append("an article without passages") }
            for passage in passages {
                if passage.text.isEmpty { messages.append("an empty \(passage.kind) passage") }
                if passage.text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                    messages.append("a \(passage.kind) passage with a line break: \(passage.text.debugDescription)")
                }
                if passage.text.first?.isWhitespace == true || passage.text.last?.isWhitespace == true {
                    messages.append("an untrimmed \(passage.kind) passage: \(passage.text.debugDescription)")
                }
            }
        case .failure(let error):
            if error.file != "fuzz.txt" { messages.append("the error names another file: \(error)") }
            if let line = error.line, !(1...lineCount(bytes)).contains(line) {
                messages.append("error line \(line) outside the file's \(lineCount(bytes)) lines: \(error)")
            }
        }
        guard variants else { return (outcome.isSuccess, messages) }
        // The same input parses the same way again, with another line ending, and with a BOM.
        if Result(catching: { () throws(ParseError) in try parser.parse(bytes, slug: "fuzz", file: "fuzz.txt") }) != outcome {
            messages.append("two parses of the same bytes differ")
        }
        if !bytes.contains(0x0D) {
            for ending: [UInt8] in [[0x0D, 0x0A], [0x0D]] {
                let converted = Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).joined(separator: ending))
                let other = Result { () throws(ParseError) in try parser.parse(converted, slug: "fuzz", file: "fuzz.txt") }
                if other != outcome {
                    messages.append("\(ending == [0x0D] ? "CR" : "CRLF") line endings change the result: \(other) vs \(outcome)")
                }
            }
        }
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let other = Result { () throws(ParseError) in try parser.parse([0xEF, 0xBB, 0xBF] + bytes, slug: "fuzz", file: "fuzz.txt") }
            if other != outcome { messages.append("a byte-order mark changes the result: \(other) vs \(outcome)") }
        }
        return (outcome.isSuccess, messages)
    }

    /// Lines as the parser counts them: LF, CRLF and CR each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                count += 1
            } else if bytes[i] == 0x0D {
                count += 1
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return count
    }

    /// Found by the line-ending property above: a NUL or a non-UTF-8 byte in a file with CR
    /// line endings was reported on line 1, because only LF bytes were counted.
    @Test(arguments: [("\n", 3), ("\r", 3), ("\r\n", 3), ("\n\r", 5), ("\r\r\n", 5)], [UInt8(0), 0xFF])
    func errorLinesCountEveryLineEnding(_ ending: (String, Int), badByte: UInt8) {
        let bytes = Array("a\(ending.0)b\(ending.0)".utf8) + [badByte] + Array("c".utf8)
        #expect(throws: ParseError(file: "f", line: ending.1, reason: badByte == 0 ? .binary : .invalidUTF8)) {
            try ArticleParser().parse(bytes, slug: "s", file: "f")
        }
    }

    // MARK: - Queries

    /// Where query inputs come from.
    enum QuerySource: String, CaseIterable, CustomTestStringConvertible {
        case random, mutated
        var testDescription: String { rawValue }
    }

    /// Words of the corpus, as the index has them.
    static let corpusWords: [String] = {
        var seen = Set<String>()
        return articleLines.flatMap { WordTokenizer.words(in: $0) }.filter { seen.insert($0).inserted }
    }()

    /// Real queries to bend: the hostile table of ``SearchTests``, the corpus's FAQ questions
    /// and titles.
    static let realQueries: [String] =
        SearchTests.hostileQueries.filter { $0.utf8.count < 1_000 }
        + articleLines.filter { $0.hasSuffix("?") || $0.contains(" vs. ") }

    static func query(_ source: QuerySource, _ random: inout FuzzInput) -> String {
        switch source {
        case .random: random.query(words: corpusWords)
        case .mutated: random.mutated(query: random.pick(realQueries))
        }
    }

    /// Any text gives terms FTS5 accepts: word characters only, at most
    /// ``QueryAnalyzer/maximumTerms``, finite weights, the same analysis twice (checked on one
    /// input in ``variantEvery``), and a match expression that SQLite runs without an error.
    @Test(arguments: QuerySource.allCases)
    func analyzerKeepsItsPromises(_ source: QuerySource) throws {
        let index = TestSupport.corpusIndex
        let lexicon = try index.store.read { try index.lexicon($0) }
        let analyzer = QueryAnalyzer(lexicon: lexicon, synonyms: index.synonyms)
        let run = FuzzInput.runSeed
        var failures: [String] = []
        var withTerms = 0
        for number in 0..<5_000 {
            let seed = FuzzInput.seed(run: run, case: number)
            var random = FuzzInput(seed: seed)
            let text = Self.query(source, &random)
            let prefix = random.chance(0.3)
            var problems: [String] = []
            let analyzed = analyzer.analyze(text, prefix: prefix)
            if number % Self.variantEvery == 0, analyzer.analyze(text, prefix: prefix) != analyzed {
                problems.append("two analyses differ")
            }
            if analyzed.terms.count > QueryAnalyzer.maximumTerms { problems.append("\(analyzed.terms.count) terms") }
            for term in analyzed.terms {
                let words = [term.word] + term.alternatives.flatMap { $0 }
                if let bad = words.first(where: { $0.isEmpty || !$0.unicodeScalars.allSatisfy(WordTokenizer.isWordScalar) }) {
                    problems.append("a term word with a non-word character: \(bad.debugDescription)")
                }
                if term.stem.isEmpty { problems.append("an empty stem for \(term.word.debugDescription)") }
                if !term.weight.isFinite || term.weight < 0 { problems.append("weight \(term.weight)") }
            }
            if (analyzed.matchExpression == nil) != analyzed.terms.isEmpty { problems.append("a match expression without terms") }
            if let didYouMean = analyzed.didYouMean, didYouMean.isEmpty { problems.append("an empty did-you-mean") }
            if let match = analyzed.matchExpression {
                withTerms += 1
                do {
                    _ = try index.store.pool.read { db in
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?", arguments: [match])
                    }
                } catch {
                    problems.append("SQLite rejects the match expression \(match.debugDescription): \(error)")
                }
            }
            for problem in problems {
                failures.append("run seed \(run), \(source) #\(number) (input seed \(seed)) \(text.debugDescription): \(problem)")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(withTerms > 1_000, "only \(withTerms) queries had terms: the generator is too hostile to test matching")
    }

    /// Found while fuzzing: the property tests ran slowly, and the libFuzzer harness's release
    /// build took 41 s for a 16 KB one-word query (0.5 s for 1,000 letters, the server's limit):
    /// the analyzer tried to split every unknown word at every cut, which costs the word's
    /// length squared. A word longer than two indexed words has no split; now it is not tried.
    @Test func aHugeWordIsAnalyzedInBoundedTime() throws {
        let word = String(repeating: "ab", count: 100_000)
        let response = try #require(
            try HangGuard.finishing { try TestSupport.corpusIndex.search(SearchRequest(query: word)) },
            "a 200,000-letter word did not finish within \(HangGuard.limit)")
        #expect(response.hits.isEmpty)
        #expect(response.didYouMean == nil)
    }

    /// Full searches over the corpus index with random options: only a `VersusError` may come
    /// out (for a bad limit or offset), never an SQLite error; hits respect the limit, the kinds
    /// and the article asked for, come best first with finite scores, and snippets are HTML-safe.
    @Test(arguments: QuerySource.allCases)
    func searchKeepsItsPromises(_ source: QuerySource) throws {
        let index = TestSupport.corpusIndex
        let slugs = try index.store.pool.read { try String.fetchAll($0, sql: "SELECT slug FROM article ORDER BY slug") }
        let run = FuzzInput.runSeed
        var failures: [String] = []
        var hitCount = 0
        for number in 0..<150 {
            let seed = FuzzInput.seed(run: run, case: number) ^ 0x5EA7C4
            var random = FuzzInput(seed: seed)
            let text = Self.query(source, &random)
            var request = SearchRequest(query: text)
            request.limit = random.chance(0.05) ? random.pick([0, -1, 101, .max]) : random.int(1...100)
            request.offset = random.chance(0.05) ? random.pick([-1, 1_001, .min]) : random.pick([0, 0, 0, random.int(0...1_000)])
            request.kinds = Set(PassageKind.allCases.filter { _ in random.chance(0.15) })
            request.article = random.chance(0.1) ? random.pick(slugs + ["no-such-article", "", "\u{0}", "'"]) : nil
            request.prefix = random.chance(0.3)
            request.explain = random.chance(0.3)
            let problems: [String]
            do {
                let response = try index.search(request)
                hitCount += response.hits.count
                problems = Self.searchProblems(response, request: request)
            } catch let error as VersusError {
                let valid = (1...SearchRequest.maximumLimit).contains(request.limit)
                    && (0...SearchRequest.maximumOffset).contains(request.offset)
                problems = valid ? ["a user error for a valid request: \(error)"] : []
            } catch {
                problems = ["an internal error reached the caller: \(error)"]
            }
            for problem in problems {
                failures.append("run seed \(run), \(source) #\(number) (input seed \(seed)) \(text.debugDescription): \(problem)")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(hitCount > 0)
    }

    static func searchProblems(_ response: SearchResponse, request: SearchRequest) -> [String] {
        var problems: [String] = []
        if response.query != request.query { problems.append("the response names another query") }
        if response.hits.count > request.limit { problems.append("\(response.hits.count) hits for limit \(request.limit)") }
        if response.estimatedTotalHits < 0 { problems.append("a negative total") }
        for (previous, hit) in zip(response.hits, response.hits.dropFirst()) where hit.score > previous.score {
            problems.append("hits out of order: \(previous.score) before \(hit.score)")
        }
        for hit in response.hits {
            problems += hitProblems(hit)
            if !request.kinds.isEmpty, !request.kinds.contains(hit.kind) { problems.append("a \(hit.kind) hit outside \(request.kinds)") }
            if let article = request.article, hit.article != article { problems.append("a hit of \(hit.article), not \(article)") }
            if request.explain != (hit.explanation != nil) { problems.append("explain \(request.explain) but explanation \(hit.explanation != nil)") }
        }
        return problems
    }

    /// A hit has an article, text, a finite score and a snippet with no markup but `<mark>`.
    static func hitProblems(_ hit: Hit) -> [String] {
        var problems: [String] = []
        if hit.article.isEmpty || hit.title.isEmpty || hit.text.isEmpty { problems.append("an empty hit: \(hit)") }
        if !hit.score.isFinite { problems.append("score \(hit.score)") }
        let html = hit.snippet.html
        let bare = html.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
        if bare.contains("<") || bare.contains(">") || bare.contains("\"") {
            problems.append("an unescaped snippet: \(html.debugDescription)")
        }
        return problems
    }

    /// `ask` over random questions: never an error, an answer from the article it names, and
    /// well-formed alternatives from other articles.
    @Test func askKeepsItsPromises() throws {
        let index = TestSupport.corpusIndex
        let run = FuzzInput.runSeed
        var failures: [String] = []
        var answered = 0
        for number in 0..<100 {
            let seed = FuzzInput.seed(run: run, case: number) ^ 0xA5C
            var random = FuzzInput(seed: seed)
            let text = Self.query(random.chance(0.5) ? .random : .mutated, &random)
            var problems: [String] = []
            do {
                let response = try index.ask(text)
                if let answer = response.answer {
                    answered += 1
                    problems += Self.hitProblems(answer)
                    if response.article?.slug != answer.article { problems.append("the answer's article is not the one named") }
                }
                if response.answer == nil, !response.alternatives.isEmpty { problems.append("alternatives without an answer") }
                if response.alternatives.count > AskResponse.alternativeArticles { problems.append("too many alternatives") }
                for alternative in response.alternatives {
                    if alternative.hits.count > AskResponse.alternativesPerArticle { problems.append("too many hits of one article") }
                    for hit in alternative.hits {
                        problems += Self.hitProblems(hit)
                        if hit.article != alternative.article { problems.append("a hit of \(hit.article) under \(alternative.article)") }
                    }
                }
            } catch {
                problems.append("ask threw: \(error)")
            }
            for problem in problems {
                failures.append("run seed \(run), ask #\(number) (input seed \(seed)) \(text.debugDescription): \(problem)")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(answered > 0)
    }
}

extension Result {
    fileprivate var isSuccess: Bool {
        if case .success = self { true } else { false }
    }
}
