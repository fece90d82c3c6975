import VersusEngine

/// Reads the lines of WordNet's data and index files (`wndb(5WN)`).
///
/// Both kinds open with a licence header whose lines start with two spaces; every other line
/// is one record of space-separated fields. A line that does not have the fields the format
/// promises is an error naming the file and the line.
enum WordNetFile {
    /// The synsets of one data file (`data.noun`): one a line.
    ///
    /// `synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr…] [frames…] | gloss`
    static func synsets(in bytes: [UInt8], file: String) throws -> [Synset] {
        var synsets: [Synset] = []
        try forEachRecord(in: bytes, file: file) { fields, line in
            guard let synset = parseSynset(&fields) else { throw malformed(file, line, "not a synset line") }
            synsets.append(synset)
        }
        return synsets
    }

    /// The entries of one index file (`index.noun`): a lemma and its synsets in sense order.
    ///
    /// `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset [synset_offset…]`
    static func entries(in bytes: [UInt8], file: String) throws -> [(lemma: String, senses: [SynsetID])] {
        var entries: [(lemma: String, senses: [SynsetID])] = []
        try forEachRecord(in: bytes, file: file) { fields, line in
            guard let lemma = fields.word(), let code = fields.field()?.first, let partOfSpeech = PartOfSpeech(code: code),
                let synsetCount = fields.decimal(), let pointerCount = fields.decimal()
            else { throw malformed(file, line, "not an index line") }
            for _ in 0..<pointerCount { _ = fields.field() }
            _ = fields.decimal()
            _ = fields.decimal()
            var senses: [SynsetID] = []
            for _ in 0..<synsetCount {
                guard let offset = fields.decimal() else { throw malformed(file, line, "fewer offsets than synset_cnt") }
                senses.append(SynsetID(partOfSpeech, offset: offset))
            }
            entries.append((lemma.lowercased(), senses))
        }
        return entries
    }

    /// The licence notice of a file's header: its lines without their two spaces and line number.
    static func licence(in bytes: [UInt8]) -> String {
        var lines: [String] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard line.count >= 2, line.first == 0x20, line[line.startIndex + 1] == 0x20 else { break }
            let text = String(decoding: line, as: UTF8.self).drop { $0 == " " }.drop { $0.isNumber }.dropFirst()
            lines.append(String(text).trimming([" "]))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func malformed(_ file: String, _ line: Int, _ reason: String) -> VersusError {
        .invalidParameter(name: "wordnet", reason: "\(file):\(line): \(reason)")
    }

    /// Calls `body` with the fields of each record line (licence lines skipped) and its number from 1.
    static func forEachRecord(
        in bytes: [UInt8], file: String, _ body: (inout FieldCursor, Int) throws -> Void
    ) throws {
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let isLicence = end - start >= 2 && bytes[start] == 0x20 && bytes[start + 1] == 0x20
            if !isLicence, end > start {
                var fields = FieldCursor(bytes: bytes[start..<end])
                try body(&fields, number)
            }
            start = end + 1
        }
    }

    static func parseSynset(_ fields: inout FieldCursor) -> Synset? {
        guard let offset = fields.decimal(), let lexFile = fields.decimal(), let type = fields.field()?.first,
            let partOfSpeech = PartOfSpeech(code: type), let wordCount = fields.hexadecimal()
        else { return nil }
        var words: [String] = []
        for _ in 0..<wordCount {
            guard let word = fields.word(), fields.field() != nil else { return nil }
            words.append(word)
        }
        guard let pointerCount = fields.decimal() else { return nil }
        var pointers: [Pointer] = []
        for _ in 0..<pointerCount {
            guard let symbol = fields.field(), let target = fields.decimal(), let code = fields.field()?.first,
                let targetPart = PartOfSpeech(code: code), let ends = fields.hexadecimal()
            else { return nil }
            // Symbols articles do not use (such as `;`-less domain variants of other versions) are skipped.
            guard let relation = Relation(rawValue: String(decoding: symbol, as: UTF8.self)) else { continue }
            pointers.append(
                Pointer(relation: relation, target: SynsetID(targetPart, offset: target), sourceWord: ends >> 8,
                        targetWord: ends & 0xFF))
        }
        guard let gloss = fields.gloss() else { return nil }
        let (definition, examples) = Gloss.split(gloss)
        return Synset(
            id: SynsetID(partOfSpeech, offset: offset), lexFileNumber: lexFile, isSatellite: type == UInt8(ascii: "s"),
            words: words, pointers: pointers, definition: definition, examples: examples)
    }
}
