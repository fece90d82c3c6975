/// The state of one parse: the lines and a cursor over them.
struct ArticleReader {
    typealias Line = SourceText.Line

    let lines: [Line]
    let slug: String
    let file: String
    var position = 0

    init(lines: [Line], slug: String, file: String) {
        self.lines = lines
        self.slug = slug
        self.file = file
    }

    /// The sections of the body, named by the header line that opens them.
    enum Section {
        case preamble, differences, chart, definitions, faq
    }

    /// A run of consecutive non-blank lines.
    typealias Block = [Line]

    mutating func read() throws(ParseError) -> Article {
        let (titleIndex, terms) = try findTitle()
        position = titleIndex + 1
        let title = String(lines[titleIndex].text)
        var byline = Byline()
        if let line = nextNonBlank(), Self.isByline(line.text) {
            byline = Self.parseByline(line.text)
            position = lines.firstIndex(where: { $0.number == line.number })! + 1
        }

        // Collect blocks per section until the footer.
        var blocks: [Section: [Block]] = [:]
        var order: [Section] = [.preamble]
        var section = Section.preamble
        var block: Block = []
        var footerStart: Int?
        func flush() {
            if !block.isEmpty { blocks[section, default: []].append(block) }
            block = []
        }
        var index = position
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                flush()
            } else if Self.isFooterMarker(line.text) {
                flush()
                footerStart = index
                break
            } else if let header = Self.header(line.text, termA: terms.a, termB: terms.b) {
                flush()
                section = header
                if !order.contains(header) { order.append(header) }
            } else {
                block.append(line)
            }
            index += 1
        }
        flush()

        // The summary is the first block of the preamble; the rest of the preamble is not content.
        let preamble = blocks[.preamble] ?? []
        let summary = preamble.first.map(Self.joined) ?? ""

        // The FAQ has no header: it starts at the first question of the last headed section.
        var faqBlocks: [Block] = blocks[.faq] ?? []
        // Only the last headed section before the FAQ can run into it.
        if let last = order.last(where: { [.differences, .chart, .definitions].contains($0) }) {
            let sectionBlocks = blocks[last] ?? []
            if let start = Self.faqStart(in: sectionBlocks, section: last) {
                faqBlocks = Array(sectionBlocks[start...]) + faqBlocks
                blocks[last] = Array(sectionBlocks[..<start])
            }
        }
        if !order.contains(.differences), !order.contains(.chart), !order.contains(.definitions),
            preamble.count > 1, let start = Self.faqStart(in: Array(preamble.dropFirst()), section: .differences)
        {
            faqBlocks = Array(preamble.dropFirst().dropFirst(start)) + faqBlocks
        }

        var article = Article(
            slug: slug, title: title, termA: terms.a, termB: terms.b, byline: byline, summary: summary,
            differences: (blocks[.differences] ?? []).flatMap { $0.map { String($0.text) } },
            chart: Self.chartRows(blocks[.chart] ?? []),
            senses: Self.senses(blocks[.definitions] ?? []),
            faqs: Self.faqs(faqBlocks))
        if let footerStart { Self.fillByline(&article.byline, fromFooter: lines[footerStart...]) }
        if article.summary.isEmpty, article.differences.isEmpty, article.chart.isEmpty, article.senses.isEmpty,
            article.faqs.isEmpty
        {
            throw ParseError(file: file, line: lines[titleIndex].number, reason: .noContent)
        }
        return article
    }

    // MARK: - Title and byline

    /// The title is the first or second non-blank line (after an optional site line).
    func findTitle() throws(ParseError) -> (Int, (a: String, b: String)) {
        let candidates = lines.indices.filter { !lines[$0].isBlank }.prefix(3)
        for index in candidates {
            if Self.isFooterMarker(lines[index].text) { break }
            if let terms = Self.titleTerms(lines[index].text) { return (index, terms) }
        }
        throw ParseError(file: file, line: candidates.first.map { lines[$0].number }, reason: .noTitle)
    }

    func nextNonBlank() -> Line? {
        lines[position...].first { !$0.isBlank }
    }

    static let titleSeparators = [" vs. ", " vs ", " versus ", " v. "]
    static let maximumTermLength = 80

    /// The two terms of a title such as `Affect vs. Effect: What's the Difference?`.
    static func titleTerms(_ line: Substring) -> (a: String, b: String)? {
        let lower = line.lowercased()
        for separator in titleSeparators {
            guard let range = lower.range(of: separator) else { continue }
            let offsetA = lower.distance(from: lower.startIndex, to: range.lowerBound)
            let offsetB = lower.distance(from: lower.startIndex, to: range.upperBound)
            var a = String(line.prefix(offsetA))
            var b = String(line.dropFirst(offsetB))
            for tail in [":", " | ", " - ", " – ", " — ", "?"] {
                if let cut = b.range(of: tail) { b = String(b[..<cut.lowerBound]) }
            }
            a = String(Substring(a).trimmingWhitespace())
            b = String(Substring(b).trimmingWhitespace())
            if b.hasSuffix(".") { b.removeLast() }
            guard !a.isEmpty, !b.isEmpty, a.count <= maximumTermLength, b.count <= maximumTermLength,
                !WordTokenizer.words(in: a).isEmpty, !WordTokenizer.words(in: b).isEmpty
            else { return nil }
            return (a, b)
        }
        return nil
    }

    static func isByline(_ line: Substring) -> Bool {
        if line.contains("||") { return true }
        let lower = line.lowercased()
        return ["by ", "edited by ", "written by ", "published on ", "updated on "].contains { lower.hasPrefix($0) }
    }

    static func parseByline(_ line: Substring) -> Byline {
        var byline = Byline()
        for field in line.split(separator: "||") {
            let field = field.trimmingWhitespace()
            let lower = field.lowercased()
            func value(after prefix: String) -> String? {
                let rest = field.dropFirst(prefix.count).trimmingWhitespace()
                return rest.isEmpty ? nil : String(rest)
            }
            if lower.hasPrefix("edited by ") {
                byline.editor = value(after: "edited by ")
            } else if lower.hasPrefix("written by ") {
                byline.author = value(after: "written by ")
            } else if lower.hasPrefix("by ") {
                byline.author = value(after: "by ")
            } else if lower.hasPrefix("published on ") {
                byline.published = value(after: "published on ")
            } else if lower.hasPrefix("updated on ") {
                byline.published = byline.published ?? value(after: "updated on ")
            }
        }
        return byline
    }

    /// The footer repeats the author and editor names: `Written by` / name, `Edited by` / name.
    static func fillByline(_ byline: inout Byline, fromFooter footer: ArraySlice<Line>) {
        let texts = footer.filter { !$0.isBlank }.map { $0.text.lowercased() }
        let names = footer.filter { !$0.isBlank }.map { String($0.text) }
        for (i, text) in texts.enumerated() where i + 1 < names.count {
            if text == "written by", byline.author == nil { byline.author = names[i + 1] }
            if text == "edited by", byline.editor == nil { byline.editor = names[i + 1] }
        }
    }

    // MARK: - Sections

    static let footerMarkers: Set<String> = [
        "about author", "about the author", "written by", "trending comparisons", "popular comparisons",
        "new comparisons",
    ]

    static func isFooterMarker(_ line: Substring) -> Bool {
        footerMarkers.contains(line.lowercased())
    }

    /// The section a header line opens, if the line is a header.
    static func header(_ line: Substring, termA: String, termB: String) -> Section? {
        var lower = line.lowercased()
        if lower.hasSuffix(":") { lower.removeLast() }
        switch lower {
        case "key differences", "key difference", "main differences": return .differences
        case "comparison chart", "comparison table": return .chart
        case "definitions": return .definitions
        case "faq", "faqs", "frequently asked questions": return .faq
        default: break
        }
        guard lower.hasSuffix(" definitions") else { return nil }
        if lower == "\(termA) and \(termB) definitions".lowercased() { return .definitions }
        // A generic `X and Y Definitions` that names at least one of the terms.
        let words = lower.split(separator: " ")
        if words.count <= 16, lower.contains(" and "),
            lower.contains(termA.lowercased()) || lower.contains(termB.lowercased())
        {
            return .definitions
        }
        return nil
    }

    static func joined(_ block: Block) -> String {
        block.map { String($0.text) }.joined(separator: " ")
    }

    static func isQuestion(_ line: Line) -> Bool { line.text.hasSuffix("?") }

    /// The index of the block where an unheaded FAQ begins inside a section, if one does.
    ///
    /// A question is a block whose first line ends in `?`. In a chart, a one-line block ending
    /// in `?` is a row label when a two-line value block follows it, so it starts the FAQ only
    /// when a one-line answer follows.
    static func faqStart(in blocks: [Block], section: Section) -> Int? {
        for (i, block) in blocks.enumerated() where isQuestion(block[0]) {
            if section == .chart, block.count == 1, i + 1 < blocks.count, blocks[i + 1].count == 2 { continue }
            return i
        }
        return nil
    }

    /// Chart rows: a one-line block is the label of the next row; a two-line block is a row
    /// (A's value, B's value); a three-line block is a label and a row.
    static func chartRows(_ blocks: [Block]) -> [ChartRow] {
        var rows: [ChartRow] = []
        var label: String?
        for block in blocks {
            var lines = block.map { String($0.text) }
            if lines.count == 1 {
                label = lines[0]
                continue
            }
            if lines.count % 2 == 1 {
                label = lines.removeFirst()
            }
            for pair in stride(from: 0, to: lines.count, by: 2) {
                rows.append(ChartRow(label: label, valueA: lines[pair], valueB: lines[pair + 1]))
                label = nil
            }
        }
        return rows
    }

    /// Senses: each block is a sense line, optionally followed by its example; entries alternate
    /// between term A and term B.
    static func senses(_ blocks: [Block]) -> [Sense] {
        var senses: [Sense] = []
        for block in blocks {
            let lines = block.map { String($0.text) }
            for pair in stride(from: 0, to: lines.count, by: 2) {
                let side: TermSide = senses.count % 2 == 0 ? .a : .b
                let example = pair + 1 < lines.count ? lines[pair + 1] : nil
                senses.append(Sense(term: side, definition: lines[pair], example: example))
            }
        }
        return senses
    }

    /// FAQ pairs: a line ending in `?` opens a question; the lines up to the next question are its answer.
    /// A question with no answer is dropped.
    static func faqs(_ blocks: [Block]) -> [FAQ] {
        var faqs: [FAQ] = []
        var question: String?
        var answer: [String] = []
        func flush() {
            if let question, !answer.isEmpty {
                faqs.append(FAQ(question: question, answer: answer.joined(separator: " ")))
            }
            answer = []
        }
        for line in blocks.joined() {
            if isQuestion(line), answer.isEmpty, question != nil {
                question = String(line.text)  // a question without an answer: the newer one wins
            } else if isQuestion(line) && (question == nil || !answer.isEmpty) {
                flush()
                question = String(line.text)
            } else if question != nil {
                answer.append(String(line.text))
            }
        }
        flush()
        return faqs
    }
}
