import ArgumentParser
import Foundation
import VersusEngine

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search passages by keywords or a question.",
        discussion: """
            Any text is a valid query: punctuation and FTS5 operators are treated as plain words. \
            Stop words are dropped when other words remain, words are stemmed, and passages that \
            contain more of the query's words rank higher.

            With --queries FILE, runs one query per line of FILE (- for standard input) and prints one \
            JSON object per line, in order.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: "The query.")
    var query: String?

    @Option(help: "How many hits to return (1-\(SearchRequest.maximumLimit)).")
    var limit = 10

    @Option(help: "How many hits to skip (0-\(SearchRequest.maximumOffset)).")
    var offset = 0

    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "Only passages of this kind; repeat for several. One of: \(PassageKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kind"))
    var kinds: [String] = []

    @Option(help: ArgumentHelp("Only passages of the article with this slug.", valueName: "slug"))
    var article: String?

    @Option(help: ArgumentHelp("A file of queries, one a line (- for standard input).", valueName: "file"))
    var queries: String?

    @Flag(help: "Match the last word as a prefix, for search as you type (\"asynch\" finds \"asynchronous\").")
    var prefix = false

    @Flag(help: "Show, for each hit, the bm25 part and each boost with its reason.")
    var explain = false

    func validate() throws {
        if query == nil && queries == nil { throw ValidationError("Give a query, or --queries FILE.") }
        if query != nil && queries != nil { throw ValidationError("Give a query or --queries FILE, not both.") }
        for kind in kinds where PassageKind(rawValue: kind) == nil {
            throw ValidationError(
                "Unknown kind '\(kind)'. Kinds: \(PassageKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        do {
            try request(for: "").validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func request(for query: String) -> SearchRequest {
        SearchRequest(
            query: query, limit: limit, offset: offset, kinds: Set(kinds.compactMap(PassageKind.init(rawValue:))),
            article: article, prefix: prefix, explain: explain)
    }

    func run() throws {
        try global.run {
            let index = try global.openForReading(read)
            if let queries {
                try runBatch(from: queries, index: index)
                return
            }
            let response = try index.search(request(for: query ?? ""))
            if global.json {
                try global.printJSON(response)
            } else {
                printForPeople(response)
            }
        }
    }

    private func runBatch(from path: String, index: ArticleIndex) throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { throw VersusError.pathNotFound(path) }
            data = contents
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            print(try Output.json(try index.search(request(for: line))))
        }
    }

    private func printForPeople(_ response: SearchResponse) {
        let time = String(format: "%.1f", response.processingTimeMs)
        guard !response.hits.isEmpty else {
            print("No passage matches \"\(response.query)\" (\(time) ms).")
            return
        }
        if let didYouMean = response.didYouMean { print("Showing results for \"\(didYouMean)\".") }
        let first = response.offset + 1
        let last = response.offset + response.hits.count
        print("Hits \(first)-\(last) of \(response.estimatedTotalHits) for \"\(response.query)\" (\(time) ms)\n")
        for (i, hit) in response.hits.enumerated() {
            HitPrinter.print(hit, number: response.offset + i + 1)
        }
    }
}

/// Prints one hit for a person.
enum HitPrinter {
    static func print(_ hit: Hit, number: Int? = nil, indent: String = "") {
        let prefix = number.map { "\($0). " } ?? ""
        let about = hit.term.map { " · \($0)" } ?? ""
        Swift.print(indent + prefix + Terminal.bold(hit.title) + Terminal.dim(" [\(hit.kind.rawValue)\(about)] \(hit.article)"))
        let body = indent + String(repeating: " ", count: prefix.count)
        if let heading = hit.heading, hit.kind == .faq || hit.kind == .chart {
            Swift.print(body + Terminal.bold(heading))
        }
        if let sense = hit.sense {
            Swift.print(body + Terminal.dim("(\(sense))"))
        }
        Swift.print(body + Terminal.render(hit.snippet))
        if let explanation = hit.explanation {
            let parts = explanation.factors.map { String(format: "× %.3g %@ (%@)", $0.value, $0.name, $0.reason) }
            Swift.print(body + Terminal.dim(String(format: "score %.4g = bm25 %.4g ", explanation.score, explanation.bm25) + parts.joined(separator: " ")))
        }
        Swift.print("")
    }
}
