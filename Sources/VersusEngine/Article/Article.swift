/// One comparison article, as the parser recovers it from a text file.
///
/// An article compares two terms ("Synchronous" and "Asynchronous"). Its searchable
/// units are ``Passage`` values, derived with ``passages``.
public struct Article: Sendable, Equatable, Codable {
    /// The file name without its extension: `affect-vs-effect`.
    public var slug: String
    /// The title line as written: `Affect vs. Effect: What's the Difference?`.
    public var title: String
    /// The two terms the article compares, in title order.
    public var termA: String
    public var termB: String
    public var byline: Byline
    /// The one-line summary that contrasts both terms; empty when the file has none.
    public var summary: String
    /// The "Key Differences" paragraphs, one a line.
    public var differences: [String]
    public var chart: [ChartRow]
    /// Dictionary senses of both terms, in file order.
    public var senses: [Sense]
    public var faqs: [FAQ]

    public init(
        slug: String, title: String, termA: String, termB: String, byline: Byline = Byline(),
        summary: String = "", differences: [String] = [], chart: [ChartRow] = [],
        senses: [Sense] = [], faqs: [FAQ] = []
    ) {
        self.slug = slug
        self.title = title
        self.termA = termA
        self.termB = termB
        self.byline = byline
        self.summary = summary
        self.differences = differences
        self.chart = chart
        self.senses = senses
        self.faqs = faqs
    }
}

/// Which of the article's two terms a sense or passage is about.
public enum TermSide: String, Sendable, Codable, CaseIterable {
    case a, b, both
}

/// Author, editor and publication date, each optional.
public struct Byline: Sendable, Equatable, Codable {
    public var author: String?
    public var editor: String?
    /// The date as written in the file (`November 21, 2023`).
    public var published: String?

    public init(author: String? = nil, editor: String? = nil, published: String? = nil) {
        self.author = author
        self.editor = editor
        self.published = published
    }
}

/// One row of the comparison chart: an optional attribute label and each term's value.
public struct ChartRow: Sendable, Equatable, Codable {
    public var label: String?
    public var valueA: String
    public var valueB: String

    public init(label: String?, valueA: String, valueB: String) {
        self.label = label
        self.valueA = valueA
        self.valueB = valueB
    }
}

/// One dictionary sense of a term, with the example sentence that illustrates it, if any.
public struct Sense: Sendable, Equatable, Codable {
    public var term: TermSide
    public var definition: String
    public var example: String?

    public init(term: TermSide, definition: String, example: String? = nil) {
        self.term = term
        self.definition = definition
        self.example = example
    }
}

/// A frequently asked question and its answer.
public struct FAQ: Sendable, Equatable, Codable {
    public var question: String
    public var answer: String

    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}

extension Article {
    /// The name of a term side as written in the title.
    public func termName(_ side: TermSide) -> String {
        switch side {
        case .a: termA
        case .b: termB
        case .both: "\(termA) and \(termB)"
        }
    }
}
