/// The closest of a command's names to what the user typed: words people reach for from other
/// tools (`--output`, `--out`), then a unique prefix, then the fewest edits. Plain edit distance
/// alone gives poor advice on short names (`--out` is three edits from `--toc`), so a typo must
/// be close for its length to earn a suggestion.
enum NameSuggestion {
  /// Words from other tools, each with the names it may mean, in order of preference: the first
  /// one the command has wins.
  static let synonyms: [String: [String]] = {
    var table: [String: [String]] = [:]
    func add(_ words: [String], _ names: [String]) { for w in words { table[w] = names } }
    add(["output", "out", "outfile", "out-file", "output-file", "dest", "destination", "target"], ["-o", "--out-dir"])
    add(
      ["outdir", "output-dir", "output-directory", "out-directory", "out-folder", "output-folder", "dir", "directory"],
      ["--out-dir", "-o"])
    add(
      ["reference", "ref", "reference-docx", "reference-odt", "reference-document", "template", "style", "styles"],
      ["--reference-doc"])
    add(["language", "locale"], ["--lang"])
    add(["overwrite", "yes", "f"], ["--force"])
    add(["contents", "table-of-contents"], ["--toc"])
    add(["answer", "answers-file", "answer-file"], ["--answers"])
    add(["mentor", "comments"], ["--review"])
    add(["font", "cjkfont", "east-asian-font", "asian-font"], ["--cjk-font"])
    add(["card-size", "paper-size"], ["--size", "--paper"])
    add(["batch", "every", "each-file"], ["--each"])
    return table
  }()

  /// The best of `candidates` for `typed`, or nil when none is close enough. Both are spelled
  /// as on the command line (`--out-dir`, `-o`, `docx`).
  static func closest(to typed: String, among candidates: [String]) -> String? {
    let word = bare(typed)
    if let meant = synonyms[word] {
      // Only options have synonyms; a command name typed with dashes is left to the rest.
      if let name = meant.first(where: candidates.contains) { return name }
    }
    let prefixed = candidates.filter { bare($0).count > word.count && bare($0).hasPrefix(word) && word.count >= 2 }
    if prefixed.count == 1 { return prefixed[0] }
    let scored = candidates.map { (name: $0, edits: distance(word, bare($0))) }
    if let best = scored.min(by: { $0.edits < $1.edits }), best.edits <= allowedEdits(word) { return best.name }
    // A typo of a word from another tool: `--ouput`.
    // (Sorted first: a dictionary's order changes from run to run.)
    let near = synonyms.keys.sorted().filter { $0.count >= 4 && distance(word, $0) <= allowedEdits(word) }
      .min { distance(word, $0) < distance(word, $1) }
    return near.flatMap { synonyms[$0]?.first(where: candidates.contains) }
  }

  /// Typos allowed for a word of this length: one for short words, then one more every four
  /// letters, so that `card` finds `cards` and `--refrence-doc` finds `--reference-doc`.
  static func allowedEdits(_ word: String) -> Int {
    max(1, min(3, word.count / 4))
  }

  /// The name without its dashes: "--out-dir" → "out-dir".
  static func bare(_ name: String) -> String {
    String(name.drop { $0 == "-" })
  }

  /// Edits (insertions, deletions, substitutions and swaps of two neighbours) from `a` to `b`:
  /// `dcox` is one edit from `docx`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }
}
