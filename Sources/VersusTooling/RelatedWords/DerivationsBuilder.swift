import VersusEngine

/// Builds the derivations file that Versus bundles (`Sources/VersusEngine/Resources/derivations.txt`,
/// read by ``Derivations``) from WordNet's derivational links (`+` pointers) between words of one
/// root: "curable" → cure, "alkaline" → alkali, "angry" → anger. A query word's derivations match
/// as its alternatives, as the forms ``WordVariants`` finds do: "is glaucoma curable" is answered
/// by "Can glaucoma be cured?".
///
/// Only derivations that keep the word's opening are kept ("die" → "death" is a derivation in
/// WordNet but shares one letter): a reader sees the same word in another part of speech. Not
/// the one who does it ("boil" → boiler, "process" → processor, "serve" → server, "run" → runner, "chemistry" →
/// chemist): a boil on the skin is no boiler.
public struct DerivationsBuilder: Sendable {
    /// Senses read per part of speech: the common meanings, as ``RelatedWordsBuilder`` reads.
    public static let sensesPerPartOfSpeech = 2
    /// The letters a word and its derivation must open with alike, at least: "cur" of curable
    /// and cure. Fewer lets "bus" find "buss".
    public static let sharedOpening = 3
    /// At most this many letters of the shorter word may differ after the shared opening:
    /// "anger" and "angry" differ in their last two.
    public static let differingEnding = 2

    let wordNet: WordNet

    public init(wordNet: WordNet) {
        self.wordNet = wordNet
    }

    /// The file's text: the licence as `#` comment lines, then one line a word,
    /// `word<TAB>form form …`, in byte order of the words.
    public func text() -> String {
        var lines = wordNet.derivedFileHeader(
            title: "Derivations for Versus's query analysis",
            lineFormat: "a word, a tab, the words of the same root WordNet links it to (its `+` pointers).")
        for lemma in wordNet.lemmas.sorted() where RelatedWordsBuilder.isPlainWord(lemma) {
            let forms = derivations(of: lemma)
            if !forms.isEmpty { lines.append(lemma + "\t" + forms.joined(separator: " ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The derivations of one lemma in its first senses: plain words of the same opening and
    /// another Porter stem, in the order found.
    func derivations(of lemma: String) -> [String] {
        let own = PorterStemmer.stem(lemma)
        var forms: [String] = []
        var perPartOfSpeech: [PartOfSpeech: Int] = [:]
        for id in wordNet.senses(of: lemma) {
            guard perPartOfSpeech[id.partOfSpeech, default: 0] < Self.sensesPerPartOfSpeech, let synset = wordNet[id] else { continue }
            perPartOfSpeech[id.partOfSpeech, default: 0] += 1
            for pointer in synset.pointers where pointer.relation == .derivation {
                // A lexical pointer from another word of the synset is that word's derivation.
                guard pointer.sourceWord > 0, pointer.sourceWord <= synset.words.count,
                    synset.words[pointer.sourceWord - 1].lowercased() == lemma,
                    let target = wordNet[pointer.target], pointer.targetWord > 0, pointer.targetWord <= target.words.count
                else { continue }
                let form = target.words[pointer.targetWord - 1].lowercased()
                guard RelatedWordsBuilder.isPlainWord(form), Self.sharesRoot(lemma, form),
                    !Self.isAgent(form, of: lemma), !Self.isAgent(lemma, of: form), Self.isPerson(form) == Self.isPerson(lemma), PorterStemmer.stem(form) != own,
                    !forms.contains(form)
                else { continue }
                forms.append(form)
            }
        }
        return forms
    }

    /// Whether `word` is the doer of `root`: the root (without a final e) and "er", "or" or "r".
    static func isAgent(_ word: String, of root: String) -> Bool {
        let base = root.hasSuffix("e") ? String(root.dropLast()) : root
        let doubled = root.last.map { root + String($0) + "er" }
        return ["er", "or"].contains { word == base + $0 } || word == root + "r" || word == doubled
    }

    /// Whether a word names a person by its trade or field: "chemist" is no chemistry,
    /// "therapist" no therapy.
    static func isPerson(_ word: String) -> Bool {
        word.hasSuffix("ist") || word.hasSuffix("ician")
    }

    /// Whether two words open alike and differ only in a short ending of the shorter one.
    static func sharesRoot(_ a: String, _ b: String) -> Bool {
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= sharedOpening && min(a.count, b.count) - shared <= differingEnding
    }
}
