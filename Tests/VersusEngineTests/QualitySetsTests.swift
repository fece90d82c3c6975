import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// Every quality set in `Benchmarks/Quality/` can be measured: each query names an article of
/// its set's folder, and that article has a passage of the named kind that holds the answer
/// (as `versus eval` matches it: in the passage's text or heading). An article edited until a
/// query's answer is gone would otherwise count as a miss forever, silently.
@Suite struct QualitySetsTests {
    static let quality = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/Quality")

    /// Each query file and the folder of its articles.
    static let sets: [(queries: String, folder: String)] = {
        var sets = [("queries.tsv", "../../Corpus"), ("unseen.tsv", "Unseen")]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: quality.path)) ?? []
        for file in files.sorted() where file.hasPrefix("set") && file.hasSuffix(".tsv") {
            let letter = file.dropFirst(3).dropLast(4).uppercased()
            sets.append((file, "Set" + letter))
        }
        return sets
    }()

    @Test func thereAreSetsToCheck() {
        #expect(Self.sets.count >= 10)
    }

    @Test(arguments: sets.map(\.queries))
    func everyAnswerIsInItsArticle(_ file: String) throws {
        let folder = try #require(Self.sets.first { $0.queries == file }?.folder)
        let queries = try QualityQuery.parse(
            tsv: String(contentsOf: Self.quality.appendingPathComponent(file), encoding: .utf8), file: file)
        #expect(!queries.isEmpty)
        var passages: [String: [VersusEngine.Passage]] = [:]
        for query in queries {
            if passages[query.article] == nil {
                let path = Self.quality.appendingPathComponent(folder).appendingPathComponent(query.article + ".txt").path
                let bytes = try #require(FileManager.default.contents(atPath: path), "\(file): no article \(query.article)")
                passages[query.article] = try ArticleParser().parse(bytes, slug: query.article, file: path).passages
            }
            let answered = passages[query.article, default: []].contains { passage in
                passage.kind == query.kind && (passage.text.contains(query.answer) || passage.heading?.contains(query.answer) == true)
            }
            #expect(answered, "\(file): \"\(query.query)\": no \(query.kind.rawValue) of \(query.article) holds \"\(query.answer)\"")
        }
    }
}
