import Foundation
import Testing
@testable import VersusEngine

/// The README's list of ranking rules (under "**Ranking.**", one line a rule: "- `name`: what it
/// rewards") names every rule of ``Ranker/rules``, in their order, and no other.
@Suite struct ReadmeRuleListTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    /// The rule names of the list that follows the "**Ranking.**" paragraph's opening.
    static func listedRules(in text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("**Ranking.**") }) else { return [] }
        let list = lines[start...].drop { !$0.hasPrefix("- `") }.prefix { $0.hasPrefix("- `") }
        return list.compactMap { line in
            let name = line.dropFirst(3).prefix { $0 != "`" }
            return name.isEmpty ? nil : String(name)
        }
    }

    @Test func everyRuleHasItsLineAndEveryLineItsRule() throws {
        let listed = Self.listedRules(in: try String(contentsOf: Self.readme, encoding: .utf8))
        let rules = Ranker.rules.map { $0.name }
        #expect(!listed.isEmpty, "README.md has a rule list under **Ranking.**")
        for rule in rules where !listed.contains(rule) {
            Issue.record("README.md: the rule `\(rule)` has no line in the Ranking list")
        }
        for name in listed where !rules.contains(name) {
            Issue.record("README.md: the Ranking list names `\(name)`, which is no rule of Ranker.rules")
        }
        #expect(listed == rules, "the README lists the rules in the order they apply")
    }

    @Test func theListIsReadFromItsParagraph() {
        let text = "intro\n- `stray`: not ranking\n\n**Ranking.** Rules:\n\n- `a`: one.\n- `b`: two.\n\nAfter.\n- `c`: later.\n"
        #expect(Self.listedRules(in: text) == ["a", "b"])
    }
}
