import Testing
@testable import VersusEngine

/// The engine's errors: each is a mistake of the request's or a condition of the index or the
/// machine, and none names a command or option of the CLI (the CLI and the server add their own
/// advice).
@Suite struct VersusErrorTests {
    static let cases: [(VersusError, VersusError.Category)] = [
        (.pathNotFound("Corpus/nope"), .userMistake),
        (.articleNotFound("salt-vs-pepper"), .userMistake),
        (.invalidParameter(name: "limit", reason: "must be 1-100"), .userMistake),
        (.indexNotFound("index.sqlite"), .systemCondition),
        (.indexUnusable(path: "index.sqlite", reason: "it is empty"), .systemCondition),
        (.indexBusy("index.sqlite"), .systemCondition),
        (.notAnIndex(path: "notes.sqlite", what: "a folder"), .systemCondition),
        (.diskFull("index.sqlite"), .systemCondition),
        (.indexWriteFailed(path: "index.sqlite", reason: "disk I/O error"), .systemCondition),
    ]

    @Test(arguments: cases)
    func everyErrorHasItsCategory(_ error: VersusError, _ category: VersusError.Category) {
        #expect(error.category == category)
    }

    @Test(arguments: cases.map(\.0))
    func messagesNameNoCommand(_ error: VersusError) {
        #expect(!error.description.contains("versus "), "\(error)")
        #expect(!error.description.contains("--"), "\(error)")
    }
}
