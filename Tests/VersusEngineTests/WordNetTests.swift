import Foundation
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// The WordNet reader, on a tiny database of invented words written in WordNet's file format
/// (`Fixtures/wordnet`, offsets true byte offsets as in `wndb(5WN)`): synsets with their words,
/// pointers and glosses, every lemma's senses in index order, and clear errors.
@Suite struct WordNetTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/wordnet").path

    static func database() throws -> WordNet { try WordNet(directory: fixture) }

    /// The first sense of `lemma`.
    static func firstSense(_ lemma: String, in wordNet: WordNet) throws -> Synset {
        let id = try #require(wordNet.senses(of: lemma).first)
        return try #require(wordNet[id])
    }

    @Test func readsEverySynsetOfEachPart() throws {
        let wordNet = try Self.database()
        let counts = Dictionary(grouping: wordNet.synsets.keys, by: \.partOfSpeech).mapValues(\.count)
        #expect(counts == [.noun: 7, .verb: 3, .adjective: 3, .adverb: 1])
        #expect(wordNet.lemmas.count == 14)
    }

    @Test(arguments: [
        ("quavel", ["n:433", "n:839", "v:246"]),
        ("QUAVEL", ["n:433", "n:839", "v:246"]),
        ("brindle_horn", ["n:275"]),
        ("brindle horn", ["n:275"]),
        ("sluggy", ["a:248"]),
        ("nothing such", []),
    ])
    func sensesInIndexOrder(_ lemma: String, _ expected: [String]) throws {
        let wordNet = try Self.database()
        let senses = wordNet.senses(of: lemma).map { "\($0.partOfSpeech.fileSuffix.prefix(1)):\($0.offset)" }
        #expect(senses == expected)
        #expect(wordNet.familiarity(of: lemma) == expected.count)
    }

    @Test func aSynsetHasItsWordsPointersAndGloss() throws {
        let wordNet = try Self.database()
        let synset = try Self.firstSense("brindle", in: wordNet)
        #expect(synset.words == ["brindle horn", "brindle"])
        #expect(synset.lexicographerFile.name == "noun.artifact")
        #expect(synset.lexicographerFile.field == "artifacts")
        #expect(synset.definition == "a small glimmet of polished tin")
        #expect(synset.examples == ["the brindle horn rang twice at dawn"])
        let parent = try #require(synset.targets(.hypernym).first)
        #expect(wordNet[parent]?.words == ["glimmet"])
        let domain = try #require(synset.targets(.topicDomain).first)
        #expect(wordNet[domain]?.words == ["melodics"])
        #expect(wordNet[domain]?.lexicographerFile.name == "noun.cognition")
    }

    @Test func lexicalPointersNameTheirWords() throws {
        let wordNet = try Self.database()
        let brisky = try Self.firstSense("brisky", in: wordNet)
        let antonym = try #require(brisky.pointers.first { $0.relation == .antonym })
        #expect(antonym.sourceWord == 1)
        #expect(antonym.targetWord == 1)
        // The adjective marker "(p)" is not part of the word.
        #expect(wordNet[antonym.target]?.words == ["sluggy"])
        let satellite = try Self.firstSense("zippish", in: wordNet)
        #expect(brisky.targets(.similar) == [satellite.id])
        #expect(satellite.isSatellite)
        #expect(satellite.id.partOfSpeech == .adjective)
    }

    @Test func verbFramesAreSkipped() throws {
        let wordNet = try Self.database()
        let plink = try Self.firstSense("plink", in: wordNet)
        #expect(plink.definition == "make a short bright sound")
        #expect(plink.examples == ["the rain plinked on the roof"])
        #expect(plink.targets(.hypernym).count == 1)
    }

    @Test func theLicenceHeaderIsKept() throws {
        let licence = try Self.database().licence
        #expect(licence.hasPrefix("Invented words in WordNet's file format"))
        #expect(licence.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        ("a thing", "a thing", [String]()),
        ("a thing; \"one\"", "a thing", ["one"]),
        ("a thing; \"one\"; \"two\"", "a thing", ["one", "two"]),
        ("a thing: \"one\" - Shakespeare; \"two\"", "a thing", ["one", "two"]),
        ("\"only an example\"", "", ["only an example"]),
        ("a thing; (informal) another;", "a thing; (informal) another", []),
    ])
    func glossesSplitIntoDefinitionAndExamples(_ gloss: String, _ definition: String, _ examples: [String]) {
        let split = Gloss.split(gloss)
        #expect(split.definition == definition)
        #expect(split.examples == examples)
    }

    @Test func aMissingFileIsNamed() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: VersusError.pathNotFound(folder + "/data.noun")) { try WordNet(directory: folder) }
    }

    @Test func aMalformedLineNamesItsFileAndLine() throws {
        var files = try WordNet.requiredFiles.map { try String(contentsOfFile: Self.fixture + "/" + $0, encoding: .utf8) }
        files[0] += "00009999 06 n zz broken\n"
        #expect(throws: VersusError.invalidParameter(name: "wordnet", reason: "data.noun:10: not a synset line")) {
            try WordNet(files: files)
        }
    }
}
