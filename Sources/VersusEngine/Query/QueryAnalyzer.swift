/// A word of the query that takes part in matching.
public struct QueryTerm: Sendable, Equatable, Codable {
    /// The word as matched, folded (`asynchronous`); the correction when the user's word was not
    /// in the index.
    public var word: String
    /// Its Porter stem, the form FTS5 indexed (`asynchron`).
    public var stem: String
    /// Matches every word that starts with ``word`` (search as you type).
    public var isPrefix: Bool
    /// Other words or phrases that mean the same (from the synonyms file), each a list of words.
    public var alternatives: [[String]]
    /// How much the term weighs in the query's coverage: its inverse passage frequency.
    public var weight = 1.0
    /// Whether the word is a spelling correction of what was typed, other than to a word of an
    /// article's terms: a guess, which may be wrong ("zoom" → "zoos"), so it counts for less than
    /// the words typed.
    public var isCorrection = false
    /// Whether the word is part of an article's term that the query names.
    public var namesTerm = false
    /// For a word that says which sense of a named term is asked for: the stems of the words
    /// WordNet explains it with (``RelatedWords``); empty otherwise.
    public var relatedStems: [String] = []

    public init(word: String, isPrefix: Bool = false, alternatives: [[String]] = []) {
        self.word = word
        self.stem = PorterStemmer.stem(word)
        self.isPrefix = isPrefix
        self.alternatives = alternatives
    }

    /// The FTS5 expression for this term: `"word"`, `"word"*`, or `("word" OR "other phrase")`.
    var matchExpression: String {
        let own = "\"\(word)\"" + (isPrefix ? "*" : "")
        guard !alternatives.isEmpty else { return own }
        let others = alternatives.map { "\"\($0.joined(separator: " "))\"" }
        return "(" + ([own] + others).joined(separator: " OR ") + ")"
    }
}

/// Two consecutive terms that the query wrote side by side ("mixed content", "statute of
/// limitations"): a passage that holds them the same way holds the phrase, not two loose words.
public struct QueryPhrase: Sendable, Equatable {
    /// The phrase's words as typed, the small words between its two terms included.
    public var words: [String]
    /// The two terms, as indices into ``AnalyzedQuery/terms``.
    public var first: Int
    public var second: Int
    /// How many words after the first term the second comes (1 when adjacent).
    public var gap: Int { words.count - 1 }

    /// The FTS5 query for passages that hold it: the phrase itself (`"mixed content"`) when its
    /// terms are adjacent; with a small word between them, the two terms at most that many words
    /// apart (`NEAR("statute" "limitations", 1)`): a phrase query would read the small word's
    /// positions in every passage of the other two, which cost up to 7 ms a query at 100,000
    /// articles ("kind of motion"), against about 1 ms. The matcher still checks the words in
    /// between (``PassageEvidence/phrasesHeld``).
    var matchExpression: String {
        guard gap > 1, let first = words.first, let last = words.last else {
            return "\"" + words.joined(separator: " ") + "\""
        }
        return "NEAR(\"\(first)\" \"\(last)\", \(gap - 1))"
    }

    /// Whether either of its two terms is a stop word ("lie down").
    func holdsStopWord(of terms: [QueryTerm]) -> Bool {
        StopWords.contains(terms[first].word) || StopWords.contains(terms[second].word)
    }

    /// The small words that may stand inside a phrase ("statute of limitations", "salt of the
    /// earth"); any other word between two terms separates them ("speed and velocity").
    static let innerWords: Set<String> = ["of", "the", "a", "an"]
    private static let articles: Set<String> = ["the", "a", "an"]

    /// The phrases of `terms` as they stand in `words`: consecutive terms whose first occurrences
    /// are adjacent, or apart by one of ``innerWords``. The word being typed, an article ("a
    /// preposition"), an intent marker and a part of speech form none; other stop words do ("lie
    /// down", "fewer calories").
    static func phrases(of terms: [QueryTerm], in words: [String]) -> [QueryPhrase] {
        guard terms.count > 1 else { return [] }
        func isContent(_ term: QueryTerm) -> Bool {
            // A framing word among the terms is content ("fair use"); a marker or a part of
            // speech among them is a term word said as a marker ("example vs sample").
            !term.isPrefix && !articles.contains(term.word) && QueryIntent.markerWords[term.word] == nil
                && PartOfSpeech.named(in: [term.word]) == nil
        }
        var phrases: [QueryPhrase] = []
        for first in terms.indices.dropLast() {
            let second = first + 1
            guard isContent(terms[first]), isContent(terms[second]),
                let start = words.firstIndex(of: terms[first].word),
                let end = words[(start + 1)...].firstIndex(of: terms[second].word),
                end - start <= 2, words[(start + 1)..<end].allSatisfy(innerWords.contains)
            else { continue }
            phrases.append(QueryPhrase(words: Array(words[start...end]), first: first, second: second))
        }
        return phrases
    }
}

/// A word the analyzer replaced because the index does not contain it.
public struct Correction: Sendable, Equatable, Codable {
    public var from: String
    public var to: String
}

/// What the analyzer made of the user's text.
public struct AnalyzedQuery: Sendable, Equatable {
    /// The query as the user typed it.
    public var text: String
    /// The words that take part in matching, in query order, without duplicates.
    public var terms: [QueryTerm]
    public var intent: QueryIntent = .keyword
    public var corrections: [Correction] = []
    /// Consecutive terms written side by side, which a passage can hold as a phrase.
    public var phrases: [QueryPhrase] = []
    /// Articles whose terms the query names, and which term (or both).
    public var namedArticles: [String: TermSide] = [:]
    /// The word class the query asks about ("effect as a verb"), if any.
    public var partOfSpeech: PartOfSpeech?
    /// The kind of answer the question's wording expects ("how many days…": a quantity), if any.
    public var answerType: AnswerType?
    /// What the question asks for by how it opens ("who…", "why…"), if it is not a yes/no question.
    public var questionForm: QuestionForm?

    /// The distinct stems of ``terms``.
    public var stems: [String] {
        var seen = Set<String>()
        return terms.map(\.stem).filter { seen.insert($0).inserted }
    }

    /// The query with corrections applied, when there were any: the "did you mean".
    public var didYouMean: String? {
        guard !corrections.isEmpty else { return nil }
        var words = WordTokenizer.words(in: text)
        for correction in corrections {
            words = words.map { $0 == correction.from ? correction.to : $0 }
        }
        return words.joined(separator: " ")
    }

    /// The FTS5 query: every term as a quoted string, joined by `OR`.
    ///
    /// Quoting makes any word safe: `"and" OR "c"` cannot be read as FTS5 syntax, and the words
    /// themselves are letters and digits only. `nil` when there is nothing to match.
    ///
    /// ```sql
    /// ... WHERE passage_fts MATCH '"email" OR "asynchronous"'
    /// ```
    public var matchExpression: String? {
        terms.isEmpty ? nil : terms.map(\.matchExpression).joined(separator: " OR ")
    }
}

/// Turns what a person typed into terms the index can match, never into an error.
///
/// Steps:
/// 1. split into words exactly as the index tokenizer does (so `it's`, `C++`, `a-b`, quotes,
///    `AND`, `col:`, `*`, NUL and emoji are only separators or plain words);
/// 2. correct words the index does not contain against its vocabulary;
/// 3. recognize the articles whose terms the query names (a term of several words also when
///    written together: "wifi" names "Wi-Fi", ``Lexicon/termParts(joinedAs:)``);
/// 4. read the intent from marker words ("meaning", "in a sentence", "vs") and question form;
/// 5. keep as matching terms the words left after markers and framing words, never dropping a
///    word of an article's terms (`who`, `less`), and never leaving nothing; stop words stay as
///    evidence that weighs nothing in coverage (the plain baseline drops them);
/// 6. add synonyms, the forms of a word that Porter stems apart (see ``WordVariants``) and its
///    derivations (``Derivations``: "curable", cure) and the words of a term it writes together
///    ("wifi": "wi fi"); mark the last word as a prefix when asked.
public struct QueryAnalyzer: Sendable {
    /// More words than this add cost but no precision; the rest of a very long query is ignored.
    public static let maximumTerms = 32

    let lexicon: Lexicon
    let synonyms: Synonyms
    /// What says which sense a qualifying word asks for.
    var relatedWords: RelatedWords = .bundled
    /// The words of the same root a word matches as well ("curable": cure).
    var derivations: Derivations = .bundled
    /// Whether the query's stop words (but those that say how to answer) stay matching words
    /// that weigh nothing in coverage (see ``analyze(_:prefix:)``). Off for the plain-FTS5
    /// baseline.
    var keepsStopWordsAsEvidence = true

    init(lexicon: Lexicon = .empty, synonyms: Synonyms = .none) {
        self.lexicon = lexicon
        self.synonyms = synonyms
    }

    /// An analyzer that knows only which words are article terms (for tests).
    public init(protectedWords: Set<String>) {
        self.lexicon = Lexicon(
            generation: 0, wordFrequency: [:],
            articles: protectedWords.map { (slug: $0, termA: $0, termB: "") })
        self.synonyms = .none
    }

    public init() { self.init(lexicon: .empty) }

    /// The analyzer of the plain-FTS5 baseline: the query's words without stop words (and
    /// without intent markers), nothing else.
    public static var plain: QueryAnalyzer {
        var analyzer = QueryAnalyzer()
        analyzer.keepsStopWordsAsEvidence = false
        return analyzer
    }

    public func analyze(_ text: String, prefix: Bool = false) -> AnalyzedQuery {
        let original = WordTokenizer.words(in: text, limit: Self.maximumTerms * 4)
        guard !original.isEmpty else { return AnalyzedQuery(text: text, terms: []) }

        // 2. Spelling: only words that could carry meaning, never the word being typed.
        var words: [String] = []
        var corrections: [Correction] = []
        var correctedWords = Set<String>()
        // Each word's forms that Porter stems apart, computed once (see step 3).
        var variants: [String: [String]] = [:]
        func forms(of word: String) -> [String] {
            if let known = variants[word] { return known }
            let found = WordVariants.variants(of: word, in: lexicon)
            variants[word] = found
            return found
        }
        let corrector = SpellingCorrector(lexicon: lexicon)
        // Each word's one-typo correction, searched once (step 2 may ask twice: see below).
        var oneTypoAway: [String: String?] = [:]
        func oneTypoCorrection(of word: String) -> String? {
            if let known = oneTypoAway[word] { return known }
            let found = corrector.correction(for: word)
            oneTypoAway[word] = .some(found)
            return found
        }
        // Another form of an indexed word ("thicker" of "thick") is not a misspelling, unless a
        // word one typo away is more common than every such form: at 100,000 articles "volly"
        // is "vol" ("vol-au-vent") and "ly", yet means "volley".
        func isFormOfAnIndexedWord(_ word: String) -> Bool {
            let found = forms(of: word)
            guard !found.isEmpty else { return false }
            guard let corrected = oneTypoCorrection(of: word) else { return true }
            let formFrequency = found.map { lexicon.wordFrequency[$0] ?? 0 }.max() ?? 0
            return formFrequency >= lexicon.wordFrequency[corrected] ?? 0
        }
        func record(_ word: String, correctedTo corrected: String) {
            words.append(corrected)
            correctedWords.insert(corrected)
            if !corrections.contains(where: { $0.from == word }) { corrections.append(Correction(from: word, to: corrected)) }
        }
        for (i, word) in original.enumerated() {
            let isBeingTyped = prefix && i == original.count - 1
            // A misspelled marker is the marker, before any other reading: even when it shares a
            // stem with indexed words ("differance" stems as "different" does), and rather than
            // two words run together.
            if !lexicon.wordFrequency.isEmpty, !isBeingTyped, lexicon.wordFrequency[word] == nil, !synonyms.knows(word),
                let marker = corrector.markerCorrection(for: word)
            {
                record(word, correctedTo: marker)
                continue
            }
            // A term's words written together ("wifi" for "Wi-Fi") name the term: at 2,000 articles
            // "wifi" was one typo from "wife".
            guard !lexicon.wordFrequency.isEmpty, !isBeingTyped, !isFunctionWord(word), !lexicon.contains(word),
                lexicon.termParts(joinedAs: word) == nil, !synonyms.knows(word), !isFormOfAnIndexedWord(word)
            else {
                words.append(word)
                continue
            }
            // A run-together word ("heatwave") is split, unless a word more frequent than the
            // split's rarer half is one typo away: at 100,000 articles "compund" splits into two
            // rare indexed words, "comp" and "und", yet means "compound".
            let correction = oneTypoCorrection(of: word)
            if let parts = corrector.split(word), correction.map({ corrector.splitIsLikelier(parts, than: $0) }) ?? true {
                words += parts
                corrections.append(Correction(from: word, to: parts.joined(separator: " ")))
            } else if let corrected = correction {
                record(word, correctedTo: corrected)
            } else {
                words.append(word)
            }
        }

        // 3. Articles named by their terms.
        // A plural or adverb that Porter stems apart from the term still names it ("viruses"), and
        // so does the one-word synonym of a word the index lacks ("async" for "asynchronous"); a
        // word the index has means itself ("faster" does not name "speed").
        for word in words { _ = forms(of: word) }
        let synonymWords = Dictionary(uniqueKeysWithValues: Set(words).map { word in
            (word, lexicon.contains(word) ? [] : synonyms.alternatives(for: word).filter { $0.count == 1 }.map { $0[0] })
        })
        // A word that is itself a term word names its own terms only ("fewer" does not name
        // "few"), as a word the index has means itself ("faster" does not name "speed").
        func namingForms(_ word: String) -> [String] {
            [word] + (lexicon.termWords.contains(word) ? [] : variants[word] ?? []) + (synonymWords[word] ?? [])
        }
        // A term of several words written together names it as the words would ("wifi" names
        // "Wi-Fi"): its parts stand in the following positions.
        // Two words that write a one-word term apart name it too ("compiler front end": "Frontend").
        func namingPositions(_ words: [String]) -> [[String]] {
            words.indices.flatMap { i -> [[String]] in
                let word = words[i]
                let apart = i + 1 < words.count ? lexicon.oneWordTerm(writtenApartAs: word, words[i + 1]).map { [$0] } ?? [] : []
                guard let parts = lexicon.termParts(joinedAs: word) else { return [namingForms(word) + apart] }
                return [namingForms(word) + apart + [parts[0]]] + parts.dropFirst().map { [$0] }
            }
        }
        var named = lexicon.namedArticles(words: namingPositions(words))
        // A word that says how to answer (an intent marker, a framing word, a part of speech)
        // names an article only when no other word of the query does: on a real site each is some
        // article's term ("Example vs. Sample", "Adjective vs. Noun"), yet "whom in a sentence
        // example" is about whom. It still completes a pair that other words name ("example vs sample").
        // A content word that names no article still says what the query is about: "amoled
        // meaning" asks about AMOLED, not about "Meaning vs. Signification".
        if words.contains(where: Self.asksHow) {
            let otherWords = words.filter { !Self.asksHow($0) }
            let namedByContent = lexicon.namedArticles(words: namingPositions(otherWords))
            if !namedByContent.isEmpty || otherWords.contains(where: { !StopWords.contains($0) }) {
                named = named.filter { namedByContent[$0.key] != nil }
            }
        }
        // So does a stop word, while a word that is neither names one: on a real site "a", "in" and
        // "as" are terms ("A vs. An", "In vs. On"), yet "process used as a verb in a sentence" is
        // about process alone, unless the query writes the article's pair joined ("than or then
        // part of speech").
        if words.contains(where: StopWords.contains) {
            let namedByContent = lexicon.namedArticles(
                words: namingPositions(words.filter { !StopWords.contains($0) && !Self.asksHow($0) }))
            if !namedByContent.isEmpty {
                named = named.filter { namedByContent[$0.key] != nil || writesPair(of: $0.key, in: words) }
                // Nor does a stop word complete a pair that a content word half names: "how often
                // do pros make eagles" names "Make vs. Do" by "make" alone (its "do" asks the
                // question), unless the query writes the pair ("make or do").
                for (slug, side) in named where side == .both && !writesPair(of: slug, in: words) {
                    guard let content = namedByContent[slug], content != .both, let index = lexicon.articleBySlug[slug] else { continue }
                    let article = lexicon.articles[index]
                    if (content == .a ? article.wordsB : article.wordsA).allSatisfy(StopWords.contains) { named[slug] = content }
                }
            }
        }
        // A request for a meaning or a usage writes its subject first and then the words that say
        // which sense ("stock meaning soup", "weight used in a sentence meaning importance", "define
        // whom as a relative pronoun"): those words name an article only when the subject names none.
        // A pair that content words name whole stays ("famous examples of glaciers and icebergs" is
        // about the pair), unless one word names both its terms ("votes": "Vote vs. Voting").
        func namedBySubject(_ words: [String]) -> [String: TermSide] {
            lexicon.namedArticles(words: namingPositions(words.filter { !Self.asksHow($0) && !StopWords.contains($0) }))
        }
        if words.indices.contains(where: { Self.asksForSense(words, at: $0) }),
            let subject = Self.subjectWords(of: words, naming: { !namedBySubject($0).isEmpty })
        {
            let namedByContent = namedBySubject(words)
            let namedBySubject = namedBySubject(subject)
            func isWholePair(_ slug: String) -> Bool {
                guard namedByContent[slug] == .both, let article = lexicon.articleBySlug[slug] else { return false }
                return Set(lexicon.articles[article].stemsA).isDisjoint(with: lexicon.articles[article].stemsB)
            }
            named = named.filter { namedBySubject[$0.key] != nil || isWholePair($0.key) }
        }
        // The forms under which a word stands for a term's word: itself, its variants, its synonyms.
        func termForms(_ word: String) -> [String] {
            [word] + (variants[word] ?? []) + (synonymWords[word] ?? []) + (lexicon.termParts(joinedAs: word) ?? [])
        }
        func wordsNaming(_ articles: some Sequence<String>) -> Set<String> {
            let stems = Set(articles.flatMap { slug in
                lexicon.articleBySlug[slug].map { lexicon.articles[$0].stems } ?? []
            })
            var naming = Set(words.filter { word in
                termForms(word).contains { stems.contains(PorterStemmer.stem($0)) }
            })
            // Both words of a one-word term written apart ("chicken pox": "Chickenpox").
            for i in words.indices.dropLast() {
                guard let joined = lexicon.oneWordTerm(writtenApartAs: words[i], words[i + 1]),
                    stems.contains(PorterStemmer.stem(joined))
                else { continue }
                naming.formUnion([words[i], words[i + 1]])
            }
            return naming
        }
        let namedTermWords = wordsNaming(named.keys)
        let pairWords = wordsNaming(named.filter { $0.value == .both }.keys)

        // 5. Matching words: drop markers and framing, but never everything.
        // Term words always match, but for a word that says how to answer when it names no
        // article of the query ("whom in a sentence example": "example" is a marker here).
        func isTermWord(_ word: String) -> Bool {
            lexicon.termWords.contains(word) && (!Self.asksHow(word) || namedTermWords.contains(word))
        }
        let framingPair = QueryIntent.framingPairPositions(in: words)
        // In keywords with no marker and no question form, a framing word after another word and
        // before no stop word is content ("fair use", "land use planning"), while "another word
        // for happy" and "use affect in a sentence" still only frame the request.
        let isPlainKeywords = !words.contains { QueryIntent.markerWords[$0] != nil }
            && !(words.first.map(QueryIntent.questionWords.contains) ?? false) && !text.contains("?")
        func framesRequest(_ index: Int) -> Bool {
            guard QueryIntent.framingWords.contains(words[index]) else { return false }
            guard isPlainKeywords, index > 0 else { return true }
            return index + 1 < words.count && StopWords.contains(words[index + 1])
        }
        let requestWords = Set(words.indices.filter { index in
            !isTermWord(words[index])
                && (QueryIntent.markerWords[words[index]] != nil || framesRequest(index) || framingPair.contains(index))
        })
        // A stop word is kept as evidence, with no weight (below): "is email asynchronous" is
        // answered by the passage that says it so, in bm25 and phrases, while the rules that
        // share out the query's weight (coverage, sameQuestion…) read only the other words. So
        // are those that word the request ("what is the difference between", "in a sentence"):
        // kept, they answered 21 more queries of the 15 quality sets than dropped.
        func isStopWordEvidence(_ word: String) -> Bool {
            keepsStopWordsAsEvidence && StopWords.contains(word) && !Self.asksHow(word) && !isTermWord(word)
        }
        func isProtected(_ word: String) -> Bool { isTermWord(word) || isStopWordEvidence(word) }
        let withoutMarkers = words.indices.filter { index in
            isProtected(words[index]) || !requestWords.contains(index)
        }.map { words[$0] }
        let base = withoutMarkers.isEmpty ? words : withoutMarkers
        let significant = base.filter { !StopWords.contains($0) || isProtected($0) }
        let content = significant.isEmpty ? base : significant
        // What the query is about: its content but the stop words kept as evidence.
        let subject = content.allSatisfy(isStopWordEvidence) ? content : content.filter { !isStopWordEvidence($0) }

        // 4. Intent.
        // Whether the content words are all of one named term ("felony", "computer virus"), not
        // words of several articles' terms ("alligator bite force": on a real site each is one).
        // A word is of a term when one of its forms stems to one of the term's stems.
        let contentForms = subject.map { Set(termForms($0).map(PorterStemmer.stem)) }
        let contentIsOneTerm = !contentForms.isEmpty && named.contains { slug, side in
            guard let article = lexicon.articleBySlug[slug].map({ lexicon.articles[$0] }) else { return false }
            func holdsAll(_ stems: [String]) -> Bool { contentForms.allSatisfy { !$0.isDisjoint(with: stems) } }
            return (side != .b && holdsAll(article.stemsA)) || (side != .a && holdsAll(article.stemsB))
        }
        let intent = QueryIntent.read(
            words: words, endsWithQuestionMark: text.trimmingTrailingSpaces.hasSuffix("?"), contentWords: subject,
            pairWords: pairWords, namedTermWords: namedTermWords, contentIsOneTerm: contentIsOneTerm)

        var seen = Set<String>()
        let unique = content.filter { seen.insert($0).inserted }.prefix(Self.maximumTerms)
        let lastTyped = prefix ? original.last : nil
        var terms = unique.map { word in
            var term = QueryTerm(word: word, isPrefix: word == lastTyped && unique.last == word, alternatives: synonyms.alternatives(for: word))
            // A correction to a word of an article's terms is what people misspell most: the subject.
            term.isCorrection = correctedWords.contains(word) && !original.contains(word) && !namedTermWords.contains(word)
            term.namesTerm = namedTermWords.contains(word)
            return term
        }
        terms = synonyms.expandPhrases(in: terms, words: words)
        for i in terms.indices where !terms[i].isPrefix {
            let derived = derivations.forms(of: terms[i].word).filter { form in
                lexicon.wordFrequency[form] != nil && PorterStemmer.stem(form) != terms[i].stem
            }
            for form in (variants[terms[i].word] ?? []) + derived where !terms[i].alternatives.contains([form]) {
                terms[i].alternatives.append([form])
            }
            // A term of several words written together also matches as those words ("wifi": "Wi-Fi").
            if let parts = lexicon.termParts(joinedAs: terms[i].word), !terms[i].alternatives.contains(parts) {
                terms[i].alternatives.append(parts)
            }
        }
        // Two words that write a one-word term apart each match it ("front end": frontend).
        for i in terms.indices.dropLast() where !terms[i].isPrefix && !terms[i + 1].isPrefix {
            guard let joined = lexicon.oneWordTerm(writtenApartAs: terms[i].word, terms[i + 1].word),
                let at = words.firstIndex(of: terms[i].word), at + 1 < words.count, words[at + 1] == terms[i + 1].word
            else { continue }
            for j in [i, i + 1] where !terms[j].alternatives.contains([joined]) { terms[j].alternatives.append([joined]) }
        }
        // In a request for a meaning or an example of a named term, the other words say which
        // sense; WordNet's words for them find a sense that says it otherwise ("simmer meaning
        // angry": "filled with anger").
        if intent.asksForSense, !namedTermWords.isEmpty {
            for i in terms.indices where !terms[i].namesTerm && !StopWords.contains(terms[i].word) && !Self.asksHow(terms[i].word) {
                terms[i].relatedStems = relatedWords.stems(of: terms[i].word)
            }
        }
        if lexicon.passageCount > 0 {
            for i in terms.indices {
                let stems = [terms[i].stem] + terms[i].alternatives.compactMap { $0.first.map(PorterStemmer.stem) }
                terms[i].weight = stems.map(lexicon.inverseFrequency(ofStem:)).min() ?? 1
            }
        }
        // Stop words kept as evidence weigh nothing, unless nothing else is left to weigh.
        let weightless = terms.indices.filter { isStopWordEvidence(terms[$0].word) }
        if weightless.count < terms.count {
            for i in weightless { terms[i].weight = 0 }
        }
        // A stop word kept as evidence stands in phrases ("is email", "lie down"), but for a small
        // word that may stand inside one ("statute of limitations": one phrase, not two).
        let phrasing = terms.indices.filter { !(isStopWordEvidence(terms[$0].word) && QueryPhrase.innerWords.contains(terms[$0].word)) }
        let phrases = QueryPhrase.phrases(of: phrasing.map { terms[$0] }, in: words).map { phrase in
            QueryPhrase(words: phrase.words, first: phrasing[phrase.first], second: phrasing[phrase.second])
        }
        return AnalyzedQuery(
            text: text, terms: Array(terms), intent: intent, corrections: corrections,
            phrases: phrases, namedArticles: named,
            partOfSpeech: PartOfSpeech.named(in: words), answerType: AnswerType.asked(by: words),
            questionForm: QuestionForm.read(words))
    }

    /// Whether the word says how to answer rather than what about: an intent marker, a framing
    /// word, a part of speech.
    static func asksHow(_ word: String) -> Bool {
        QueryIntent.markerWords[word] != nil || QueryIntent.framingWords.contains(word)
            || PartOfSpeech.named(in: [word]) != nil
    }

    /// Whether the word at `index` asks for a meaning or a usage: a marker of either, a framing
    /// word, or "as" before a word class or "in" ("as a verb", "as a relative pronoun", "bank as in
    /// river") — not the "as" of "count as a desert" or "the same as".
    static func asksForSense(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        switch QueryIntent.markerWords[word] {
        case .define?, .example?: return true
        default:
            if QueryIntent.framingWords.contains(word) { return true }
            guard word == "as" else { return false }
            let next = words.dropFirst(index + 1).prefix(3)
            return next.first == "in" || next.contains { PartOfSpeech.named(in: [$0]) != nil || wordClasses.contains($0) }
        }
    }

    /// Word classes beside the four parts of speech that a sense request may name after "as".
    static let wordClasses: Set<String> = [
        "pronoun", "pronouns", "preposition", "prepositions", "conjunction", "conjunctions", "interjection",
        "determiner", "article", "prefix", "suffix", "idiom", "abbreviation", "slang",
    ]

    /// The words before the first word that asks for a sense and that follows words naming an
    /// article; nil when no such word follows any.
    static func subjectWords(of words: [String], naming: ([String]) -> Bool) -> [String]? {
        for split in words.indices.dropFirst() where asksForSense(words, at: split) {
            let before = Array(words[..<split])
            if naming(before) { return before }
        }
        return nil
    }

    /// Whether the words hold the two one-word terms of the article joined by a pair connective
    /// ("than or then", "who vs whom"), in either order.
    private func writesPair(of slug: String, in words: [String]) -> Bool {
        guard let index = lexicon.articleBySlug[slug] else { return false }
        let article = lexicon.articles[index]
        guard article.stemsA.count == 1, article.stemsB.count == 1, words.count >= 3 else { return false }
        let pair: Set = [article.stemsA[0], article.stemsB[0]]
        return (0..<(words.count - 2)).contains { at in
            Lexicon.pairConnectives.contains(words[at + 1])
                && [PorterStemmer.stem(words[at]), PorterStemmer.stem(words[at + 2])] == pair
        }
    }

    private func isFunctionWord(_ word: String) -> Bool {
        StopWords.contains(word) || QueryIntent.markerWords[word] != nil || QueryIntent.framingWords.contains(word)
            || lexicon.termWords.contains(word)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: Substring {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
