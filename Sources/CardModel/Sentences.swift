import ExportKit

/// Sentence boundaries in Chinese, Japanese and English text, for "the first sentence of
/// each paragraph".
public enum Sentences {
  /// Ends a sentence wherever it stands.
  static let eastAsianEnds: Set<Character> = ["。", "！", "？", "｡"]
  /// Ends a sentence when followed by a space or the end of the text ("3.5" and "e.g." do not).
  static let latinEnds: Set<Character> = [".", "!", "?"]
  /// Closing quotes and brackets that belong to the sentence they follow.
  static let closers: Set<Character> = ["」", "』", "）", "”", "’", "\"", "'", ")", "]", "》"]
  /// Words after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "cf",
  ]

  /// The first sentence of `text`, with its closing punctuation; all of `text` when it has
  /// one sentence.
  public static func first(of text: String) -> String {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let c = characters[index]
      if eastAsianEnds.contains(c) || (latinEnds.contains(c) && endsLatinSentence(characters, at: index)) {
        var end = index + 1
        while end < characters.count
          && (closers.contains(characters[end]) || eastAsianEnds.contains(characters[end])
            || latinEnds.contains(characters[end]))
        {
          end += 1
        }
        return String(characters[..<end])
      }
      index += 1
    }
    return text
  }

  private static func endsLatinSentence(_ characters: [Character], at index: Int) -> Bool {
    var next = index + 1
    while next < characters.count && closers.contains(characters[next]) { next += 1 }
    guard next == characters.count || characters[next] == " " || EastAsian.isWide(characters[next]) else {
      return false
    }
    guard characters[index] == "." else { return true }
    var wordStart = index
    while wordStart > 0 && characters[wordStart - 1] != " " { wordStart -= 1 }
    let word = String(characters[wordStart..<index]).lowercased()
    // A single letter before a period is an initial ("J. Smith"), not a sentence's end.
    return !(abbreviations.contains(word) || (word.count == 1 && word.first!.isLetter))
  }
}
