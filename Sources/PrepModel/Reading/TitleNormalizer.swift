import Foundation

/// Normalises titles for matching answers (SPEC §2.3): NFKC, case-fold, collapse white space,
/// drop trailing punctuation.
enum TitleNormalizer {
  static func normalize(_ title: String) -> String {
    let folded = title.precomposedStringWithCompatibilityMapping.lowercased()
    var out = ""
    var space = false
    for c in folded {
      if c.isWhitespace {
        space = !out.isEmpty
      } else {
        if space { out.append(" ") }
        space = false
        out.append(c)
      }
    }
    while let last = out.last, last.isPunctuation || last.isWhitespace || last.isSymbol { out.removeLast() }
    return out
  }

  /// Edit distance between two strings, by characters, for suggestions.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
