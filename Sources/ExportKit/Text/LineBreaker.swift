/// Wraps one paragraph of plain text into lines of at most a given display width: Latin
/// words break at spaces (a word wider than the line is hard-broken), East Asian text breaks
/// between characters, and kinsoku is kept by pushing a character down to the next line.
public struct LineBreaker: Sendable {
  /// How East Asian ambiguous characters (“ ” … — ·) are counted: as the CJK monospace fonts
  /// draw them in CJK text.
  public var ambiguous: AmbiguousWidth

  public init(ambiguous: AmbiguousWidth) { self.ambiguous = ambiguous }

  /// The display width of `text` under this breaker's ambiguous-width rule.
  public func width<S: StringProtocol>(_ text: S) -> Int { DisplayWidth.of(text, ambiguous: ambiguous) }

  /// The lines of `text`: each at most `width` columns (the first at most `firstWidth`),
  /// without spaces at their ends. A newline in `text` forces a break. Nothing is dropped
  /// but the spaces where lines break. Empty text gives no lines.
  public func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let offset = lines.count
      let paragraphLines = wrapParagraph(Array(paragraph)) { index in
        max(1, offset + index == 0 ? (firstWidth ?? width) : width)
      }
      lines += paragraphLines
    }
    return lines
  }

  private func wrapParagraph(_ characters: [Character], limit: (Int) -> Int) -> [String] {
    // Widths and kinsoku classes once per character: the loops below only read them.
    let widths = characters.map { DisplayWidth.of($0, ambiguous: ambiguous) }
    let flags = characters.map(Kinsoku.Flags.init)
    var lines: [String] = []
    var start = skipSpaces(flags, from: 0)
    while start < characters.count {
      let end = lineEnd(characters, widths, flags, from: start, limit: limit(lines.count))
      lines.append(String(characters[start..<end]).trimmingSpacesAtEnd())
      start = skipSpaces(flags, from: end)
    }
    return lines
  }

  /// Whether a line may break before the character at `index`.
  private func mayBreak(_ characters: [Character], _ flags: [Kinsoku.Flags], before index: Int) -> Bool {
    let before = flags[index - 1]
    let same = before.contains(.inseparable) && characters[index - 1] == characters[index]
    return Kinsoku.mayBreak(between: before, and: flags[index], same: same)
  }

  /// Where the line that starts at `start` ends (exclusive).
  private func lineEnd(
    _ characters: [Character], _ widths: [Int], _ flags: [Kinsoku.Flags], from start: Int, limit: Int
  ) -> Int {
    var used = 0
    var lastBreak: Int?
    var lastVisible: Kinsoku.Flags?  // the flags of the last character before `index` that is not a space
    var index = start
    while index < characters.count {
      let isSpace = flags[index].contains(.space)
      // After spaces, the line would end with the character before them: kinsoku looks there.
      if index > start && mayBreak(characters, flags, before: index)
        && !(lastVisible?.contains(.noLineEnd) ?? false)
      {
        lastBreak = index
      }
      if !isSpace { lastVisible = flags[index] }
      if !isSpace && used + widths[index] > limit {
        return lastBreak ?? hardBreak(flags, from: start, overflowAt: index)
      }
      used += widths[index]
      index += 1
    }
    return characters.count
  }

  /// A break inside a run with no allowed break (a long word, a long run of punctuation):
  /// just before the overflowing character, moved back while that would break kinsoku.
  private func hardBreak(_ flags: [Kinsoku.Flags], from start: Int, overflowAt index: Int) -> Int {
    func breaksKinsoku(_ cut: Int) -> Bool {
      // The line would end with the last character before `cut` that is not a space.
      var end = cut - 1
      while end > start && flags[end].contains(.space) { end -= 1 }
      return flags[cut].contains(.noLineStart) || flags[end].contains(.noLineEnd)
    }
    guard index > start else { return start + 1 }  // one character wider than the line
    var cut = index
    while cut > start + 1 && breaksKinsoku(cut) { cut -= 1 }
    // No place keeps kinsoku (a line-long run of "，，，"): break where the line is full.
    return breaksKinsoku(cut) ? index : cut
  }

  private func skipSpaces(_ flags: [Kinsoku.Flags], from index: Int) -> Int {
    var i = index
    while i < flags.count && flags[i].contains(.space) { i += 1 }
    return i
  }
}

extension String {
  /// The string without spaces at its end.
  func trimmingSpacesAtEnd() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
