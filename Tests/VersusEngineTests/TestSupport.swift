import Foundation
import IndexDamage
import Testing
@testable import VersusEngine

/// Paths and builders shared by the tests.
enum TestSupport {
    /// The repository's bundled corpus.
    static let corpus: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus").path
    }()

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        try ScratchFolder.make("engine")
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// An index over the bundled corpus, built once per test process.
    static let corpusIndex: ArticleIndex = {
        let folder = try! temporaryFolder()
        let index = try! ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        _ = try! index.update(from: [corpus])
        return index
    }()
}

/// Builds article text in the comparison-article format, section by section, so a test can
/// drop or bend one part.
struct ArticleBuilder {
    var site: String? = "Versus Test Site"
    var title = "Tea vs. Coffee: What's the Difference?"
    var byline: String? = "Edited by Ann Editor || By Bo Writer || Published on May 5, 2025"
    var summary: String? = "Tea is brewed from leaves of the tea plant; coffee is brewed from roasted seeds of the coffee plant."
    var differences: [String]? = [
        "Tea usually has less caffeine per cup than coffee. Coffee gives a faster, stronger lift.",
        "Tea is steeped in hot water. Coffee is brewed by pressure, drip or immersion.",
        "Tea leaves can be green, black or oolong. Coffee beans are roasted light to dark.",
    ]
    var chart: [(label: String?, a: String, b: String)]? = [
        ("Source", "Leaves of Camellia sinensis", "Seeds of Coffea plants"),
        ("Caffeine per cup", "About 20 to 60 mg", "About 80 to 140 mg"),
        (nil, "Steeped", "Brewed"),
    ]
    var senses: [(definition: String, example: String?)]? = [
        ("A drink made by steeping dried leaves in hot water.", "She drank a cup of tea before bed."),
        ("A drink made from roasted and ground coffee seeds.", "He orders black coffee every morning."),
        ("A light afternoon meal.", "They served scones at tea."),
        ("A medium brown color.", "The walls were painted coffee."),
    ]
    var faqs: [(q: String, a: String)]? = [
        ("Does tea have caffeine?", "Yes, most tea has some caffeine, though usually less than coffee."),
        ("Is coffee a bean?", "It is called a bean but is really the seed of a fruit."),
    ]
    var footer = true
    var lineEnding = "\n"
    var blankRun = 1

    var text: String {
        var lines: [String] = []
        let blank = Array(repeating: "", count: blankRun)
        if let site { lines += [site] + blank }
        lines.append(title)
        lines += blank
        if let byline { lines.append(byline) }
        if let summary { lines.append(summary) }
        if let differences { lines += blank + ["Key Differences"] + blank + differences }
        if let chart {
            lines += blank + ["Comparison Chart"] + blank
            for row in chart {
                if let label = row.label { lines += [label] + blank }
                lines += [row.a, row.b] + blank
            }
        }
        if let senses {
            lines += blank + ["Tea and Coffee Definitions"] + blank
            for sense in senses {
                lines.append(sense.definition)
                if let example = sense.example { lines.append(example) }
                lines += blank
            }
        }
        if let faqs {
            lines += blank
            for faq in faqs { lines += [faq.q] + blank + [faq.a] + blank }
        }
        if footer {
            lines += ["About Author", "Written by", "Bo Writer", "Bo writes about drinks.", "Edited by", "Ann Editor",
                      "Ann edits.", "", "Trending Comparisons", "", "Popular Comparisons", "", "New Comparisons"]
        }
        return lines.joined(separator: lineEnding)
    }
}
