/// Splits Markdown into pieces that cmark-gfm can parse one at a time, so that its tree never
/// holds more than one piece of a large bank (cmark's nodes take about 25 times the text).
///
/// A piece starts at a line that every open block ends at, whatever came before: a line at
/// column 0 that is an ATX heading, or that follows a blank line, or that is a list marker
/// right after another item's marker line of the same list. Lines inside a fenced code block or
/// an HTML block that starts at the top level are never split points. A document with link
/// reference definitions (which apply document-wide) is not split. The parser checks each piece
/// it is given and parses two pieces as one when a split was wrong (see `MarkdownParser`).
struct MarkdownChunker {
  /// How a piece begins.
  enum Start: Equatable {
    /// The first piece, or a fresh block.
    case fresh
    /// A list item that continues the list the previous piece ended with, when that list has
    /// the same marker; `afterBlank` when a blank line came before it (the list is then loose).
    case listItem(marker: UInt8, afterBlank: Bool)
  }

  struct Piece: Equatable {
    /// UTF-8 offsets into the text.
    var range: Range<Int>
    /// Lines before the piece.
    var lineOffset: Int
    var start: Start
  }

  /// Pieces of at least about `target` bytes each (the last may be smaller).
  static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, target: Int) -> [Piece] {
    let count = bytes.count
    guard count > target, !hasReferenceDefinitions(bytes) else {
      return [Piece(range: 0..<count, lineOffset: 0, start: .fresh)]
    }
    var pieces: [Piece] = []
    var pieceStart = 0
    var pieceLine = 0
    var pieceKind = Start.fresh
    var state = ScanState()
    var line = 0
    var lineStart = 0
    while lineStart < count {
      var lineEnd = lineStart
      while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      if lineStart - pieceStart >= target, let kind = state.splitKind(before: text) {
        pieces.append(Piece(range: pieceStart..<lineStart, lineOffset: pieceLine, start: pieceKind))
        pieceStart = lineStart
        pieceLine = line
        pieceKind = kind
      }
      state.consume(text)
      line += 1
      lineStart = lineEnd + 1
    }
    pieces.append(Piece(range: pieceStart..<count, lineOffset: pieceLine, start: pieceKind))
    return pieces
  }

  /// What the scan knows about the lines before the current one.
  struct ScanState {
    var fence: (character: UInt8, length: Int)?
    /// In an HTML block: the bytes that end it, or nil for one that ends at a blank line.
    var html: [UInt8]??
    var previousBlank = true
    /// The marker of the previous line when it opened a list item at column 0.
    var previousMarker: UInt8?

    /// How a piece starting at `line` would begin, or nil when `line` is no split point.
    func splitKind(before line: UnsafeBufferPointer<UInt8>) -> Start? {
      guard fence == nil, html == nil, let first = line.first, first != 0x20, first != 0x09 else { return nil }
      if MarkdownChunker.isATXHeading(line) { return .fresh }
      let marker = MarkdownChunker.listMarker(line)
      if previousBlank { return marker.map { .listItem(marker: $0, afterBlank: true) } ?? .fresh }
      if let marker, marker == previousMarker { return .listItem(marker: marker, afterBlank: false) }
      return nil
    }

    mutating func consume(_ line: UnsafeBufferPointer<UInt8>) {
      let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
      defer {
        previousBlank = blank
        previousMarker = fence == nil && html == nil ? MarkdownChunker.listMarker(line) : nil
      }
      if let open = fence {
        if MarkdownChunker.closesFence(line, open) { fence = nil }
        return
      }
      if let end = html {
        if let end {
          if MarkdownChunker.contains(line, end) { html = nil }
        } else if blank {
          html = nil
        }
        return
      }
      var indent = 0
      while indent < line.count && line[indent] == 0x20 { indent += 1 }
      guard indent <= 3, indent < line.count, line[indent] != 0x09 else { return }
      let rest = UnsafeBufferPointer(rebasing: line[indent...])
      if let opened = MarkdownChunker.fenceOpening(rest) {
        fence = opened
      } else if rest.first == UInt8(ascii: "<") {
        let end = MarkdownChunker.htmlEnd(rest)
        // Types 1–5 end at their marker, possibly on this very line.
        if let marker = end, MarkdownChunker.contains(UnsafeBufferPointer(rebasing: rest.dropFirst()), marker) {
          return
        }
        html = .some(end)
      }
    }
  }

  static func isATXHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    var hashes = 0
    while hashes < line.count && line[hashes] == UInt8(ascii: "#") { hashes += 1 }
    guard (1...6).contains(hashes) else { return false }
    return hashes == line.count || line[hashes] == 0x20 || line[hashes] == 0x09
  }

  /// The marker of a list item line at column 0 (`-`, `*`, `+`, or `.`/`)` after digits), nil
  /// for anything else, thematic breaks included.
  static func listMarker(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
    guard let first = line.first else { return nil }
    var index = 0
    let marker: UInt8
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      if isThematicBreak(line) { return nil }
      marker = first
      index = 1
    } else {
      while index < line.count && index < 9 && line[index] >= 0x30 && line[index] <= 0x39 { index += 1 }
      guard index > 0, index < line.count, line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")")
      else { return nil }
      marker = line[index]
      index += 1
    }
    return index == line.count || line[index] == 0x20 || line[index] == 0x09 ? marker : nil
  }

  static func isThematicBreak(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }),
      first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    else { return false }
    var seen = 0
    for byte in line {
      if byte == first {
        seen += 1
      } else if byte != 0x20 && byte != 0x09 {
        return false
      }
    }
    return seen >= 3
  }

  static func fenceOpening(_ rest: UnsafeBufferPointer<UInt8>) -> (character: UInt8, length: Int)? {
    guard let c = rest.first, c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
    var length = 0
    while length < rest.count && rest[length] == c { length += 1 }
    guard length >= 3 else { return nil }
    if c == UInt8(ascii: "`") && rest[length...].contains(UInt8(ascii: "`")) { return nil }
    return (c, length)
  }

  static func closesFence(_ line: UnsafeBufferPointer<UInt8>, _ open: (character: UInt8, length: Int)) -> Bool {
    var index = 0
    while index < line.count && line[index] == 0x20 { index += 1 }
    guard index <= 3 else { return false }
    var length = 0
    while index < line.count && line[index] == open.character {
      length += 1
      index += 1
    }
    guard length >= open.length else { return false }
    return line[index...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// For an HTML block start (`rest` begins with `<`): the end marker of types 1–5, nil for the
  /// blocks that end at a blank line (types 6 and 7, and anything else starting with `<`).
  static func htmlEnd(_ rest: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    func starts(_ prefix: String) -> Bool {
      let p = Array(prefix.utf8)
      guard rest.count >= p.count else { return false }
      for (i, b) in p.enumerated() where lower(rest[i]) != b { return false }
      return true
    }
    for tag in ["script", "pre", "style", "textarea"] where starts("<" + tag) {
      let next = rest.count > tag.count + 1 ? rest[tag.count + 1] : 0x20
      if next == 0x20 || next == 0x09 || next == UInt8(ascii: ">") || next == 0x0A {
        return Array("</\(tag)>".utf8)
      }
    }
    if starts("<!--") { return Array("-->".utf8) }
    if starts("<?") { return Array("?>".utf8) }
    if starts("<![cdata[") { return Array("]]>".utf8) }
    if rest.count > 2, rest[1] == UInt8(ascii: "!"), (rest[2] | 0x20) >= 0x61, (rest[2] | 0x20) <= 0x7A {
      return [UInt8(ascii: ">")]
    }
    return nil
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// Whether `line` contains `marker`, comparing ASCII letters case-insensitively.
  static func contains(_ line: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool {
    guard marker.count <= line.count else { return false }
    outer: for start in 0...(line.count - marker.count) {
      for (i, b) in marker.enumerated() where lower(line[start + i]) != b { continue outer }
      return true
    }
    return false
  }

  /// Whether some line, after its indentation, block-quote markers and list markers, starts a
  /// link reference definition (`[label]:`).
  static func hasReferenceDefinitions(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index + 1 < count {
      if bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: ":") {
        var lineStart = index
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var i = lineStart
        while i < index {
          let b = bytes[i]
          if b == 0x20 || b == 0x09 || b == UInt8(ascii: ">") || b == UInt8(ascii: "-") || b == UInt8(ascii: "*")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: ")") || (b >= 0x30 && b <= 0x39)
          {
            i += 1
            continue
          }
          break
        }
        if i < index && bytes[i] == UInt8(ascii: "[") { return true }
      }
      index += 1
    }
    return false
  }
}
