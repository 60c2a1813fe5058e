import ExportKit

/// Sentence boundaries in Chinese, Japanese and English text: a prose point per sentence, or
/// the first sentence of each paragraph. One pass over the text, so a paragraph of any length
/// costs time in proportion to its length.
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
    var found = text
    split(text) { sentence in
      found = sentence
      return false
    }
    return found
  }

  /// Every sentence of `text`, in order, each with its closing punctuation and without
  /// spaces at either end; nothing is left out but the spaces between sentences.
  public static func all(of text: String) -> [String] {
    var sentences: [String] = []
    split(text) { sentence in
      sentences.append(sentence)
      return true
    }
    return sentences
  }

  /// Calls `body` with each sentence until it returns false.
  private static func split(_ text: String, _ body: (String) -> Bool) {
    // One pass records where each character starts and its first scalar (the sets above are
    // of single scalars); sentences are then cut from the text by index.
    var starts: [String.Index] = []
    var firsts: [UInt32] = []
    var position = text.startIndex
    for character in text {
      starts.append(position)
      firsts.append(character.unicodeScalars.first?.value ?? 0)
      position = text.utf8.index(position, offsetBy: character.utf8.count)
    }
    let count = starts.count
    func character(_ index: Int) -> Character { text[starts[index]] }
    func slice(_ from: Int, _ to: Int) -> Substring {
      text[starts[from]..<(to < count ? starts[to] : text.endIndex)]
    }
    var start = 0
    var wordStart = 0  // where the word before `index` starts, for abbreviations
    var index = 0
    func emit(upTo end: Int) -> Bool {
      let sentence = String(slice(start, end)).trimmingCharacters(in: [" "])
      start = end
      return sentence.isEmpty || body(sentence)
    }
    func endsLatinSentence(at index: Int) -> Bool {
      var next = index + 1
      while next < count && closing.contains(firsts[next]) { next += 1 }
      guard next == count || firsts[next] == 0x20 || EastAsian.isWide(character(next)) else { return false }
      guard firsts[index] == 0x2E else { return true }  // "!" and "?" always end a sentence
      // Abbreviations are short: a long word before a period is a sentence's end, and
      // looking at no more than a few characters keeps the scan linear.
      guard index - wordStart <= 5 else { return true }
      let word = String(slice(wordStart, index)).lowercased()
      // A single letter before a period is an initial ("J. Smith"), not a sentence's end.
      return !(abbreviations.contains(word) || (word.count == 1 && word.first!.isLetter))
    }
    while index < count {
      let c = firsts[index]
      if c == 0x20 {
        wordStart = index + 1
      } else if eastAsian.contains(c) || (latin.contains(c) && endsLatinSentence(at: index)) {
        // Closing quotes and punctuation after the end belong to this sentence: the next
        // one never starts with what may not start a line.
        var end = index + 1
        while end < count
          && (closing.contains(firsts[end]) || eastAsian.contains(firsts[end]) || latin.contains(firsts[end])
            || !Kinsoku.mayStartLine(character(end)))
        {
          end += 1
        }
        guard emit(upTo: end) else { return }
        index = end
        wordStart = end
        continue
      }
      index += 1
    }
    if start < count { _ = emit(upTo: count) }
  }

  private static let eastAsian = Set(eastAsianEnds.map { $0.unicodeScalars.first!.value })
  private static let latin = Set(latinEnds.map { $0.unicodeScalars.first!.value })
  private static let closing = Set(closers.map { $0.unicodeScalars.first!.value })
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
