import Foundation
import VersusEngine

/// The libFuzzer entry point: one input, one run of one engine path.
///
/// The first byte picks the target, the second one the options, the rest is the input:
///
/// - 0: `ArticleParser` over the raw bytes;
/// - 1: `ArticleIndex.analyze` (the query analyzer with the corpus's lexicon);
/// - 2: `ArticleIndex.search` with limit, offset, prefix, explain and kinds from the options byte;
/// - 3: `ArticleIndex.ask`.
///
/// Each run checks what the engine promises; a broken promise is a crash, which libFuzzer saves.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let selector = bytes[0] % 4
    let options = size > 1 ? bytes[1] : 0
    let payload = bytes.dropFirst(min(2, size))
    switch selector {
    case 0: FuzzChecks.parse(Array(payload))
    case 1: FuzzChecks.analyze(String(decoding: payload, as: UTF8.self), options: options)
    case 2: FuzzChecks.search(String(decoding: payload, as: UTF8.self), options: options)
    default: FuzzChecks.ask(String(decoding: payload, as: UTF8.self))
    }
    return 0
}

/// The properties each target must keep for any input.
enum FuzzChecks {
    /// An index over the repository's `Corpus/`, built once per process in a temporary folder.
    /// `VERSUS_FUZZ_CORPUS` names another corpus folder.
    static let index: ArticleIndex = {
        let corpus = ProcessInfo.processInfo.environment["VERSUS_FUZZ_CORPUS"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Corpus").path
        let folder = NSTemporaryDirectory() + "versus-fuzz-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        do {
            let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
            let report = try index.update(from: [corpus])
            guard report.added > 0 else { fatalError("no article indexed from \(corpus): \(report.failures)") }
            return index
        } catch {
            fatalError("cannot build the fuzzing index from \(corpus): \(error)")
        }
    }()

    /// Never crashes; an article has content and non-empty passages; an error names a line
    /// inside the file.
    static func parse(_ bytes: [UInt8]) {
        do {
            let article = try ArticleParser().parse(bytes, slug: "fuzz", file: "fuzz.txt")
            check(!article.termA.isEmpty && !article.termB.isEmpty, "an article without terms")
            let passages = article.passages
            check(!passages.isEmpty, "an article without passages")
            for passage in passages {
                check(!passage.text.isEmpty, "an empty \(passage.kind) passage")
            }
        } catch {
            if let line = error.line {
                check(line >= 1 && line <= lineCount(bytes), "error line \(line) outside the file: \(error)")
            }
            check(error.file == "fuzz.txt", "error names another file: \(error)")
        }
    }

    /// Never crashes; terms are non-empty, distinct and bounded; the match expression quotes them.
    static func analyze(_ text: String, options: UInt8) {
        do {
            let analyzed = try index.analyze(text, prefix: options & 1 == 1)
            check(analyzed.terms.count <= 64, "\(analyzed.terms.count) terms")
            for term in analyzed.terms {
                check(!term.word.isEmpty && !term.word.contains("\""), "bad term word \(term.word.debugDescription)")
                check(term.weight.isFinite, "weight \(term.weight)")
            }
            check((analyzed.matchExpression == nil) == analyzed.terms.isEmpty, "match expression without terms")
        } catch {
            fatalError("analyze threw: \(error)")
        }
    }

    /// Any text is a valid query: only a ``VersusError`` may come out, and hits are well formed.
    static func search(_ text: String, options: UInt8) {
        let limit = [1, 3, 10, 100][Int(options & 3)]
        let offset = [0, 0, 5, 1_000][Int((options >> 2) & 3)]
        let kinds: Set<PassageKind> = options & 0x40 == 0 ? [] : [PassageKind.allCases[Int(options) % 6]]
        let request = SearchRequest(
            query: text, limit: limit, offset: offset, kinds: kinds, prefix: options & 0x10 != 0,
            explain: options & 0x20 != 0)
        do {
            let response = try index.search(request)
            check(response.hits.count <= limit, "\(response.hits.count) hits for limit \(limit)")
            check(response.estimatedTotalHits >= 0, "negative total")
            for hit in response.hits { checkHit(hit, kinds: kinds) }
        } catch is VersusError {
        } catch {
            fatalError("search threw a non-user error: \(error)")
        }
    }

    static func ask(_ text: String) {
        do {
            let response = try index.ask(text)
            if let answer = response.answer {
                checkHit(answer, kinds: [])
                check(response.article?.slug == answer.article, "answer and article differ")
            }
            for alternative in response.alternatives { for hit in alternative.hits { checkHit(hit, kinds: []) } }
        } catch is VersusError {
        } catch {
            fatalError("ask threw a non-user error: \(error)")
        }
    }

    static func checkHit(_ hit: Hit, kinds: Set<PassageKind>) {
        check(hit.score.isFinite, "score \(hit.score)")
        check(!hit.article.isEmpty && !hit.text.isEmpty, "empty hit")
        check(kinds.isEmpty || kinds.contains(hit.kind), "kind \(hit.kind) outside \(kinds)")
        let html = hit.snippet.html.replacingOccurrences(of: "<mark>", with: "")
            .replacingOccurrences(of: "</mark>", with: "")
        check(!html.contains("<") && !html.contains(">"), "unescaped snippet \(hit.snippet.html.debugDescription)")
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

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz check failed: \(message())") }
    }
}
