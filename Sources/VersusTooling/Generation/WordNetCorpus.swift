import Foundation

/// A deterministic corpus of comparison articles in real English, composed from WordNet.
///
/// Each article compares a pair people could look up (sister terms such as "violin vs viola",
/// antonyms such as "wet vs dry", near synonyms), drawn from WordNet's relations by
/// ``PairCatalog`` so that frequent lemmas are terms of several articles, as on a real
/// comparison site; the text is composed by ``WordNetArticle`` from the glosses, hierarchy and
/// relations of both terms. The same `seed` and article number always give the same file,
/// whatever the number of threads or articles.
///
/// WordNet is read from the installed database at run time (``WordNet``); nothing of it is
/// bundled. Articles carry WordNet's attribution in their footer, and a written corpus has
/// WordNet's licence beside it (``licenceFile``).
public struct WordNetCorpus: Sendable {
    /// Bumped whenever a change makes the same seed write different articles, so that caches
    /// keyed by it (`versus eval --distractors`) are rebuilt.
    public static let generatorVersion = 2
    /// The hidden file, at the top of a written corpus, that holds WordNet's licence notice.
    public static let licenceFile = ".wordnet-license.txt"

    public let seed: UInt64
    let wordNet: WordNet
    let catalog: PairCatalog

    /// A corpus over `wordNet`; `articles` is how many it must be able to write (more than the
    /// pairs WordNet's relations yield reuses terms with a same-field partner).
    public init(wordNet: WordNet, seed: UInt64, articles: Int = 0) {
        self.seed = seed
        self.wordNet = wordNet
        catalog = PairCatalog(wordNet: wordNet, seed: seed, minimumCount: articles)
    }

    /// How many articles the corpus can write.
    public var count: Int { catalog.pairs.count }
    /// How many pairs come from WordNet's relations (sisters, antonyms, similar, synonyms).
    public var relatedPairCount: Int { catalog.relatedCount }

    public func pair(_ number: Int) -> TermPair { catalog.pairs[number] }

    /// The two terms of article `number`, as its title writes them.
    public func terms(of number: Int) -> (a: String, b: String) {
        let pair = catalog.pairs[number]
        return (pair.a.titled, pair.b.titled)
    }

    public func slug(of number: Int) -> String { catalog.pairs[number].slug }

    /// The text of article `number`.
    public func article(_ number: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        return WordNetArticle(pair: catalog.pairs[number], wordNet: wordNet).text(&rng)
    }

    /// The first `count` article numbers whose pair is not one of `slugs` either way round
    /// ("affect-vs-effect" excludes "effect-vs-affect" too).
    public func numbers(_ count: Int, excluding slugs: Set<String>) -> [Int] {
        var numbers: [Int] = []
        var number = 0
        while numbers.count < count, number < self.count {
            let pair = catalog.pairs[number]
            if !slugs.contains(pair.slug), !slugs.contains(pair.reversedSlug) { numbers.append(number) }
            number += 1
        }
        return numbers
    }

    /// Writes articles `0..<count` under `folder`, `perFolder` a subfolder, and WordNet's
    /// licence beside them; returns the bytes of the articles.
    public func write(
        articles count: Int, to folder: String, perFolder batch: Int = 1_000, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> Int {
        try write(numbers: Array(0..<min(count, self.count)), to: folder, perFolder: batch, progress: progress)
    }

    /// Writes the articles `numbers` (in that order, as if they were `0..<numbers.count`).
    public func write(
        numbers: [Int], to folder: String, perFolder batch: Int = 1_000, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !wordNet.licence.isEmpty {
            try Data(wordNet.licence.utf8).write(to: URL(fileURLWithPath: folder + "/" + Self.licenceFile))
        }
        let writer = CorpusWriter(slug: { slug(of: numbers[$0]) }, text: { article(numbers[$0]) })
        return try writer.write(articles: numbers.count, to: folder, perFolder: batch, progress: progress)
    }
}
