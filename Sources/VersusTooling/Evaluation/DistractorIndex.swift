import Foundation
import VersusEngine

/// A quality set's articles hidden among generated WordNet articles, in one index built once
/// and cached.
///
/// The cache folder is `<cache>/distractors-<N>-seed-<S>/<key>/`, where the key is a
/// fingerprint of the set's corpus folder (every file's path and bytes), the generator's
/// version (``WordNetCorpus/generatorVersion``), the index schema's version and the WordNet
/// files' sizes: a changed corpus, generator, schema or database gets a new folder, so an index
/// is never reused for other content, nor opened by a build that would erase it as another
/// version's (and then evaluate an empty index). It
/// holds `articles/` (the distractors, with WordNet's licence) and `index.sqlite`; a `complete`
/// stamp is written last, and a folder without it (an interrupted build) is built again.
///
/// No distractor has a set article's slug or its pair of terms the other way round
/// ("effect-vs-affect" beside the set's "affect-vs-effect"): such pairs are skipped and the next
/// ones taken, so there are always exactly `count` distractors.
public struct DistractorIndex: Sendable {
    public let count: Int
    public let seed: UInt64
    /// The set's own articles.
    public let corpus: String
    /// The cache folder of this corpus, count, seed and generator.
    public let folder: String

    public var indexPath: String { folder + "/index.sqlite" }
    var articlesFolder: String { folder + "/articles" }
    var stampPath: String { folder + "/complete" }

    /// Where `versus eval` keeps the cache: beside the default index.
    public static let defaultCacheRoot = ".versus"

    /// The cache entry for `corpus`; reads the corpus's files to fingerprint them.
    public init(corpus: String, count: Int, seed: UInt64, wordNetDirectory: String, cacheRoot: String = defaultCacheRoot) throws {
        self.count = count
        self.seed = seed
        self.corpus = corpus
        var key = Fingerprint()
        key.add("generator \(WordNetCorpus.generatorVersion)\n")
        key.add("schema \(IndexSchema.version)\n")
        for file in WordNet.requiredFiles {
            let size = (try? FileManager.default.attributesOfItem(atPath: wordNetDirectory + "/" + file)[.size] as? Int) ?? -1
            key.add("\(file) \(size)\n")
        }
        for file in try Self.files(in: corpus) {
            key.add(file + "\n")
            guard let data = FileManager.default.contents(atPath: corpus + "/" + file) else { throw VersusError.pathNotFound(corpus + "/" + file) }
            key.add(data)
        }
        folder = "\(cacheRoot)/distractors-\(count)-seed-\(seed)/\(key.hex)"
    }

    /// What a quality report says of these distractors.
    public var summary: QualityReport.Distractors { .init(count: count, seed: seed, index: indexPath) }

    /// Whether the index was built completely.
    public var isBuilt: Bool { FileManager.default.fileExists(atPath: stampPath) }

    /// Opens the cached index, building it first when it is not there: `makeCorpus(n)` gives a
    /// WordNet corpus able to write `n` articles (it is called only to build). `note` is told
    /// what is being done.
    public func open(
        weights: RankingWeights = .default, excluding querySlugs: Set<String> = [],
        makeCorpus: (Int) throws -> WordNetCorpus, note: (String) -> Void = { _ in }
    ) throws -> ArticleIndex {
        if isBuilt { return try ArticleIndex.open(at: indexPath, weights: weights) }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let slugs = Set(try Self.files(in: corpus).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension })
            .union(querySlugs)
        note("Writing \(count) WordNet distractors (seed \(seed)) to \(articlesFolder).")
        let generated = try makeCorpus(count + slugs.count)
        let numbers = generated.numbers(count, excluding: slugs)
        guard numbers.count == count else {
            throw VersusError.invalidParameter(name: "distractors", reason: "WordNet yields only \(numbers.count) articles here")
        }
        _ = try generated.write(numbers: numbers, to: articlesFolder)
        note("Indexing \(corpus) and the distractors into \(indexPath).")
        let report = try ArticleIndex.build(at: indexPath, from: [corpus, articlesFolder])
        let index = try ArticleIndex.open(at: indexPath, weights: weights)
        if let failure = report.failures.first {
            note("\(report.failed) files were not indexed, first \(failure.path): \(failure.reason).")
        }
        try Data("\(count) distractors, seed \(seed), generator \(WordNetCorpus.generatorVersion), corpus \(corpus)\n".utf8)
            .write(to: URL(fileURLWithPath: stampPath))
        return index
    }

    /// The article files under `folder` (hidden ones skipped, as the indexer does), as sorted
    /// relative paths.
    static func files(in folder: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw VersusError.pathNotFound(folder)
        }
        let walker = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = walker?.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
