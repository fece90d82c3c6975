import Foundation

/// Words and phrases that people use for the same thing, applied at query time.
///
/// Read from a plain-text file (see `Sources/VersusEngine/Resources/synonyms.txt`): one group a
/// line, entries separated by commas, `#` starts a comment. Every entry of a group matches the
/// others: `ram, random access memory` lets "ram" find "random access memory" and back.
public struct Synonyms: Sendable, Equatable {
    /// Each group as lists of folded words.
    var groups: [[[String]]]
    /// Group indices by the first word of each entry.
    private var byFirstWord: [String: [Int]]
    /// Group indices by the stem of each one-word entry, so that "prescriptions" finds the
    /// group of "prescription".
    private var byStem: [String: [Int]]

    public static let none = Synonyms(groups: [])

    init(groups: [[[String]]]) {
        self.groups = groups
        var index: [String: [Int]] = [:]
        var stems: [String: [Int]] = [:]
        for (i, group) in groups.enumerated() {
            for entry in group { if let first = entry.first { index[first, default: []].append(i) } }
            for entry in group where entry.count == 1 { stems[PorterStemmer.stem(entry[0]), default: []].append(i) }
        }
        byFirstWord = index
        byStem = stems
    }

    /// Parses the file format.
    public init(text: String) {
        var groups: [[[String]]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let entries = content.split(separator: ",").map { WordTokenizer.words(in: String($0)) }.filter { !$0.isEmpty }
            if entries.count >= 2 { groups.append(entries) }
        }
        self.init(groups: groups)
    }

    /// Loads a synonyms file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw VersusError.pathNotFound(path) }
        self.init(text: String(decoding: data, as: UTF8.self))
    }

    /// The synonyms bundled with Versus.
    public static let bundled: Synonyms = {
        guard let url = Bundle.module.url(forResource: "synonyms", withExtension: "txt"),
            let data = try? Data(contentsOf: url)
        else { return .none }
        return Synonyms(text: String(decoding: data, as: UTF8.self))
    }()

    /// The other entries of every group that has the one-word entry `word`, or an entry of the
    /// same stem.
    func alternatives(for word: String) -> [[String]] {
        var result: [[String]] = []
        for i in byFirstWord[word] ?? [] where groups[i].contains([word]) {
            result += groups[i].filter { $0 != [word] && !result.contains($0) }
        }
        // Another form of an entry ("prescriptions" for "prescription"): the same stem.
        let stem = PorterStemmer.stem(word)
        for i in byStem[stem] ?? [] where !groups[i].contains([word]) {
            result += groups[i].filter { $0.count > 1 || PorterStemmer.stem($0[0]) != stem }.filter { !result.contains($0) }
        }
        return result
    }

    /// Whether `word` is a one-word entry of some group: a word people type that the index may
    /// not contain ("async"), so it must not be "corrected" into another word.
    func knows(_ word: String) -> Bool {
        (byFirstWord[word] ?? []).contains { groups[$0].contains([word]) }
    }

    /// Where the query contains a multi-word entry ("violin players"), gives each of its words
    /// that is a matching term the group's other entries as alternatives, so that a passage
    /// saying "violinists" covers both words of the phrase.
    func expandPhrases(in terms: [QueryTerm], words: [String]) -> [QueryTerm] {
        var terms = terms
        for start in words.indices {
            for i in byFirstWord[words[start]] ?? [] {
                for entry in groups[i] where entry.count > 1 && Array(words[start...].prefix(entry.count)) == entry {
                    for word in entry {
                        guard let t = terms.firstIndex(where: { $0.word == word }) else { continue }
                        for other in groups[i] where other != entry && !terms[t].alternatives.contains(other) {
                            terms[t].alternatives.append(other)
                        }
                    }
                }
            }
        }
        return terms
    }
}
