import Foundation
import VersusEngine

/// The WordNet database, read from its data and index files (WordNet 3.0 as Debian's
/// `wordnet-base` installs it in `/usr/share/wordnet`; format in `wndb(5WN)`).
///
/// Holds every synset by ``SynsetID`` and every lemma's senses in WordNet's sense order (the
/// order of the index files, most frequent first). Nothing of WordNet is bundled with Versus:
/// it is read from the installed files at run time.
public struct WordNet: Sendable {
    /// Where Debian's `wordnet-base` puts the database.
    public static let defaultDirectory = "/usr/share/wordnet"

    /// The files read, per part of speech: `data.noun`, `index.noun`, …
    public static let requiredFiles = PartOfSpeech.allCases.flatMap { ["data.\($0.fileSuffix)", "index.\($0.fileSuffix)"] }

    public let synsets: [SynsetID: Synset]
    /// Each lemma (lowercased, spaces for underscores) → its synsets, nouns first, then verbs,
    /// adjectives and adverbs, each part of speech in sense order.
    let senseIndex: [String: [SynsetID]]
    /// The licence notice at the head of `data.noun`, which copies of WordNet's data must carry.
    public let licence: String

    /// Reads the database in `directory`; a missing file is ``VersusError/pathNotFound(_:)``
    /// naming it, a malformed line ``VersusError/invalidParameter(name:reason:)`` naming its file and line.
    public init(directory: String = defaultDirectory) throws {
        let paths = Self.requiredFiles.map { (directory as NSString).appendingPathComponent($0) }
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw VersusError.pathNotFound(missing)
        }
        // The eight files are independent: read and parse them on all cores.
        let results = ParallelResults<(synsets: [Synset], entries: [(lemma: String, senses: [SynsetID])])>(count: paths.count)
        let licence = ParallelResults<String>(count: 1)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            results.set(i) {
                guard let data = FileManager.default.contents(atPath: paths[i]) else { throw VersusError.pathNotFound(paths[i]) }
                let bytes = [UInt8](data)
                if i == 0 { licence.set(0) { WordNetFile.licence(in: bytes) } }
                return i % 2 == 0
                    ? (try WordNetFile.synsets(in: bytes, file: paths[i]), [])
                    : ([], try WordNetFile.entries(in: bytes, file: paths[i]))
            }
        }
        try self.init(parsed: try results.values(), licence: try licence.values()[0])
    }

    /// A database from the text of its files, in ``requiredFiles`` order (for tests and fixtures).
    public init(files: [String]) throws {
        precondition(files.count == Self.requiredFiles.count, "one text per required file")
        let parsed = try zip(Self.requiredFiles, files).enumerated().map { i, pair in
            let bytes = Array(pair.1.utf8)
            return i % 2 == 0
                ? (try WordNetFile.synsets(in: bytes, file: pair.0), [])
                : ([], try WordNetFile.entries(in: bytes, file: pair.0))
        }
        try self.init(parsed: parsed, licence: WordNetFile.licence(in: Array(files[0].utf8)))
    }

    private init(parsed: [(synsets: [Synset], entries: [(lemma: String, senses: [SynsetID])])], licence: String) throws {
        self.licence = licence
        var synsets: [SynsetID: Synset] = [:]
        synsets.reserveCapacity(parsed.reduce(0) { $0 + $1.synsets.count })
        for file in parsed {
            for synset in file.synsets { synsets[synset.id] = synset }
        }
        var senseIndex: [String: [SynsetID]] = [:]
        // The index files come in part-of-speech order, so each lemma's list is too.
        for file in parsed {
            for entry in file.entries { senseIndex[entry.lemma, default: []] += entry.senses.filter { synsets[$0] != nil } }
        }
        self.synsets = synsets
        self.senseIndex = senseIndex
    }

    public subscript(id: SynsetID) -> Synset? { synsets[id] }

    /// Every lemma of the index files, lowercased, in no particular order.
    public var lemmas: Dictionary<String, [SynsetID]>.Keys { senseIndex.keys }

    /// The senses of `lemma` (any case, spaces or underscores) in WordNet's order: nouns,
    /// verbs, adjectives, adverbs, each in sense order.
    public func senses(of lemma: String) -> [SynsetID] {
        senseIndex[Self.key(lemma)] ?? []
    }

    /// The senses of `lemma` in one part of speech, in sense order.
    public func senses(of lemma: String, as partOfSpeech: PartOfSpeech) -> [SynsetID] {
        senses(of: lemma).filter { $0.partOfSpeech == partOfSpeech }
    }

    /// How familiar a lemma is, as WordNet's own familiarity search (`wn -famln`) measures it:
    /// its number of senses across all parts of speech (words used often have many senses).
    public func familiarity(of lemma: String) -> Int {
        senseIndex[Self.key(lemma)]?.count ?? 0
    }

    /// The index files' form of a lemma: lowercased, spaces for underscores.
    static func key(_ lemma: String) -> String {
        // Most lemmas are already in this form; build a new string only for the others.
        guard lemma.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 == UInt8(ascii: "_") || $0 >= 0x80 })
        else { return lemma }
        return lemma.lowercased().replacingOccurrences(of: "_", with: " ")
    }
}

extension WordNet {
    /// The head of a file derived from WordNet that Versus bundles: what it is and how a line
    /// reads, then WordNet's licence notice, as `#` comment lines.
    func derivedFileHeader(title: String, lineFormat: String) -> [String] {
        ["# \(title), derived from WordNet 3.0 by `versus related-words`.", "# Each line: \(lineFormat)", "#"]
            + licence.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }
    }
}
