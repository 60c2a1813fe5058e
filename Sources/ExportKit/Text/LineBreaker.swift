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
      let paragraphLines = wrapParagraph(paragraph) { index in
        max(1, offset + index == 0 ? (firstWidth ?? width) : width)
      }
      lines += paragraphLines
    }
    return lines
  }

  /// One character of a paragraph: where it starts, and what breaking needs of it (16 bytes,
  /// so that a 10 MB paragraph stays within a few times its size).
  private struct Cell {
    var start: Substring.Index
    var width: UInt8
    var flags: Kinsoku.Flags
  }

  private func wrapParagraph(_ paragraph: Substring, limit: (Int) -> Int) -> [String] {
    // Widths and kinsoku classes once per character, in one pass over the text; lines are
    // then cut from the paragraph by index, without rebuilding their characters.
    var cells: [Cell] = []
    var index = paragraph.startIndex
    for character in paragraph {
      cells.append(
        Cell(
          start: index, width: UInt8(clamping: DisplayWidth.of(character, ambiguous: ambiguous)),
          flags: Kinsoku.Flags(character)))
      index = paragraph.utf8.index(index, offsetBy: character.utf8.count)
    }
    func text(_ start: Int, _ end: Int) -> String {
      String(paragraph[cells[start].start..<(end < cells.count ? cells[end].start : paragraph.endIndex)])
    }
    var lines: [String] = []
    var start = skipSpaces(cells, from: 0)
    while start < cells.count {
      let end = lineEnd(cells, from: start, limit: limit(lines.count)) { paragraph[cells[$0].start] }
      lines.append(text(start, end).trimmingSpacesAtEnd())
      start = skipSpaces(cells, from: end)
    }
    return lines
  }

  /// Whether a line may break before the cell at `index`.
  private func mayBreak(_ cells: [Cell], before index: Int, character: (Int) -> Character) -> Bool {
    let before = cells[index - 1].flags
    let same = before.contains(.inseparable) && character(index - 1) == character(index)
    return Kinsoku.mayBreak(between: before, and: cells[index].flags, same: same)
  }

  /// Where the line that starts at `start` ends (exclusive).
  private func lineEnd(_ cells: [Cell], from start: Int, limit: Int, character: (Int) -> Character) -> Int {
    var used = 0
    var lastBreak: Int?
    var lastVisible: Kinsoku.Flags?  // the flags of the last character before `index` that is not a space
    var index = start
    while index < cells.count {
      let isSpace = cells[index].flags.contains(.space)
      // After spaces, the line would end with the character before them: kinsoku looks there.
      if index > start && mayBreak(cells, before: index, character: character)
        && !(lastVisible?.contains(.noLineEnd) ?? false)
      {
        lastBreak = index
      }
      if !isSpace { lastVisible = cells[index].flags }
      let width = Int(cells[index].width)
      if !isSpace && used + width > limit {
        return lastBreak ?? hardBreak(cells, from: start, overflowAt: index)
      }
      used += width
      index += 1
    }
    return cells.count
  }

  /// A break inside a run with no allowed break (a long word, a long run of punctuation):
  /// just before the overflowing character, moved back while that would break kinsoku.
  private func hardBreak(_ cells: [Cell], from start: Int, overflowAt index: Int) -> Int {
    func breaksKinsoku(_ cut: Int) -> Bool {
      // The line would end with the last character before `cut` that is not a space.
      var end = cut - 1
      while end > start && cells[end].flags.contains(.space) { end -= 1 }
      return cells[cut].flags.contains(.noLineStart) || cells[end].flags.contains(.noLineEnd)
    }
    guard index > start else { return start + 1 }  // one character wider than the line
    var cut = index
    while cut > start + 1 && breaksKinsoku(cut) { cut -= 1 }
    // No place keeps kinsoku (a line-long run of "，，，"): break where the line is full.
    return breaksKinsoku(cut) ? index : cut
  }

  private func skipSpaces(_ cells: [Cell], from index: Int) -> Int {
    var i = index
    while i < cells.count && cells[i].flags.contains(.space) { i += 1 }
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
