// The names and numbers of the lexicographer files below are WordNet's (its `lexnames` file,
// documented in lexnames(5WN)), so this file carries WordNet's licence notice:
//
// WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
// Princeton University under the following license. By obtaining, using and/or copying this
// software and database, you agree that you have read, understood, and will comply with these
// terms and conditions.:
//
// Permission to use, copy, modify and distribute this software and database and its
// documentation for any purpose and without fee or royalty is hereby granted, provided that you
// agree to comply with the following copyright notice and statements, including the disclaimer,
// and that the same appear on ALL copies of the software, database and documentation, including
// modifications that you make for internal use or for distribution.
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
//
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
// PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR
// ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
// NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
//
// The name of Princeton University or Princeton may not be used in advertising or publicity
// pertaining to distribution of the software and/or database. Title to copyright in this
// software, database and any associated documentation shall at all times remain with Princeton
// University and LICENSEE agrees to preserve same.

/// One of WordNet's 45 lexicographer files (`lexnames(5WN)`), which sort synsets into broad
/// fields: `noun.artifact`, `verb.motion`.
public struct LexicographerFile: Sendable, Equatable {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// The file's name as WordNet writes it: `noun.artifact`; `unknown` past the list.
    public var name: String { Self.table.indices.contains(number) ? Self.table[number].name : "unknown" }

    /// The field in plain words, for an article's chart: `noun.artifact` → "artifacts".
    public var field: String { Self.table.indices.contains(number) ? Self.table[number].field : "general vocabulary" }

    /// The names of `lexnames(5WN)` in file-number order, each with the plain words its
    /// description there suggests.
    static let table: [(name: String, field: String)] = [
        ("adj.all", "descriptive adjectives"), ("adj.pert", "relational adjectives"), ("adv.all", "adverbs"),
        ("noun.Tops", "basic concepts"), ("noun.act", "acts and actions"), ("noun.animal", "animals"),
        ("noun.artifact", "artifacts"), ("noun.attribute", "attributes"), ("noun.body", "body parts"),
        ("noun.cognition", "thought and knowledge"), ("noun.communication", "communication"),
        ("noun.event", "events"), ("noun.feeling", "feelings and emotions"), ("noun.food", "food and drink"),
        ("noun.group", "groups"), ("noun.location", "places"), ("noun.motive", "goals and motives"),
        ("noun.object", "natural objects"), ("noun.person", "people"), ("noun.phenomenon", "natural phenomena"),
        ("noun.plant", "plants"), ("noun.possession", "possession and transfer"),
        ("noun.process", "natural processes"), ("noun.quantity", "quantities and units"),
        ("noun.relation", "relations"), ("noun.shape", "shapes"), ("noun.state", "states and conditions"),
        ("noun.substance", "substances"), ("noun.time", "time"), ("verb.body", "grooming and bodily care"),
        ("verb.change", "change"), ("verb.cognition", "thinking and judging"),
        ("verb.communication", "communication"), ("verb.competition", "competition and sport"),
        ("verb.consumption", "eating and drinking"), ("verb.contact", "touching and handling"),
        ("verb.creation", "making and creating"), ("verb.emotion", "feelings"), ("verb.motion", "motion"),
        ("verb.perception", "perception"), ("verb.possession", "owning and trading"),
        ("verb.social", "social life"), ("verb.stative", "states of being"), ("verb.weather", "weather"),
        ("adj.ppl", "participial adjectives"),
    ]
}
