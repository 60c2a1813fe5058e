import CCmarkGFM

/// Parses GitHub-flavoured Markdown with libcmark-gfm into the content store.
///
/// Large inputs are parsed in pieces (`MarkdownChunker`), so that cmark's tree, about 25 times
/// the size of its text, never holds more than one piece. Each piece is checked: a piece that
/// ends inside an unclosed top-level fence or HTML block, or that was split inside what turns
/// out not to be a list, is parsed again together with the next piece. A list that goes on
/// across pieces stays one list.
struct MarkdownParser {
  /// Deeper nesting than this is flattened (Word's lists stop at 9 levels; nobody reads 32).
  static let maximumDepth = CmarkConverter.maximumDepth
  /// Bytes of Markdown per piece.
  static let pieceSize = 64 * 1024

  var file: String
  /// The file's index among the reader's file names.
  var fileIndex: UInt32 = 0
  var lineOffset: Int
  /// Set when some nesting was flattened.
  private(set) var flattenedAt: SourceLocation?
  var pieceSize = MarkdownParser.pieceSize

  init(file: String, lineOffset: Int) {
    self.file = file
    self.lineOffset = lineOffset
  }

  /// Parses `markdown` into `builder`; returns the top-level blocks, headings included.
  mutating func parse(_ markdown: Substring, into builder: inout ContentBuilder) -> [LocatedBlock] {
    var copy: String?
    if markdown.utf8.withContiguousStorageIfAvailable({ _ in () }) == nil { copy = String(markdown) }
    let parse = { (bytes: UnsafeBufferPointer<UInt8>) -> [LocatedBlock] in
      self.parse(bytes, into: &builder)
    }
    if let copy {
      var copy = copy
      return copy.withUTF8(parse)
    }
    return markdown.utf8.withContiguousStorageIfAvailable(parse)!
  }

  private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, into builder: inout ContentBuilder)
    -> [LocatedBlock]
  {
    CmarkExtensions.register()
    let pieces = MarkdownChunker.pieces(bytes, target: pieceSize)
    var located: [LocatedBlock] = []
    var index = 0
    while index < pieces.count {
      var piece = pieces[index]
      var last = index
      while true {
        let mark = builder.mark
        let locatedCount = located.count
        let flattened = flattenedAt
        let result = parsePiece(bytes, piece, into: &builder, located: &located)
        let isLast = last == pieces.count - 1
        let nextStart = isLast ? nil : pieces[last + 1].start
        if isLast || result.endsCleanly(before: nextStart) { break }
        // A wrong split: parse this piece and the next as one.
        builder.rewind(to: mark)
        located.removeSubrange(locatedCount...)
        flattenedAt = flattened
        last += 1
        piece.range = piece.range.lowerBound..<pieces[last].range.upperBound
      }
      index = last + 1
    }
    return located
  }

  /// What parsing one piece showed about its end.
  struct PieceResult {
    /// The last top-level block ran to the piece's last line and may be unclosed (a fence or
    /// an HTML block).
    var endsInOpenBlock: Bool
    /// The last top-level block is a list: its marker, and the line (within the piece) of its
    /// last item.
    var lastList: (marker: UInt8, lastItemLine: Int)?
    /// Lines in the piece.
    var lineCount: Int

    /// Whether the next piece may start where it does.
    func endsCleanly(before next: MarkdownChunker.Start?) -> Bool {
      if endsInOpenBlock { return false }
      guard case .listItem(let marker, let afterBlank)? = next, !afterBlank else { return true }
      // A split between two item lines is right only if the first one opened an item of a
      // list with the same marker.
      guard let list = lastList else { return false }
      return list.marker == marker && list.lastItemLine == lineCount
    }
  }

  private mutating func parsePiece(
    _ bytes: UnsafeBufferPointer<UInt8>, _ piece: MarkdownChunker.Piece, into builder: inout ContentBuilder,
    located: inout [LocatedBlock]
  ) -> PieceResult {
    let slice = UnsafeBufferPointer(rebasing: bytes[piece.range])
    let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tasklist"] {
      if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
    }
    slice.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
    let document = cmark_parser_finish(parser)!
    defer { cmark_node_free(document) }

    var lineCount = 0
    for byte in slice where byte == 0x0A { lineCount += 1 }
    if let last = slice.last, last != 0x0A { lineCount += 1 }

    // A list continued from the previous piece: its node opens again.
    var continued: UInt32?
    if case .listItem(_, let afterBlank) = piece.start, let previous = located.last,
      builder.node(previous.node).kind == .list, builder.node(previous.node).end == builder.count,
      let first = cmark_node_first_child(document), cmark_node_get_type(first) == CMARK_NODE_LIST,
      listMarker(first, slice) == UInt8(truncatingIfNeeded: builder.node(previous.node).length)
    {
      continued = previous.node
      if afterBlank {
        builder.setFlags(of: previous.node, builder.node(previous.node).flags & ~ListFlags.tight)
      }
    }
    var converter = CmarkConverter(
      file: file, fileIndex: fileIndex, lineOffset: lineOffset + piece.lineOffset, source: slice,
      continuedList: continued, lastLine: Int(located.last?.line ?? 0))
    converter.convert(document, into: &builder, located: &located)
    if flattenedAt == nil { flattenedAt = converter.flattenedAt }

    var result = PieceResult(endsInOpenBlock: false, lastList: nil, lineCount: lineCount)
    if let last = cmark_node_last_child(document) {
      let endLine = Int(cmark_node_get_end_line(last))
      switch cmark_node_get_type(last) {
      case CMARK_NODE_CODE_BLOCK:
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        result.endsInOpenBlock = endLine >= lineCount && cmark_node_get_fenced(last, &length, &offset, &character) != 0
      case CMARK_NODE_HTML_BLOCK:
        result.endsInOpenBlock = endLine >= lineCount
      case CMARK_NODE_LIST:
        if let item = cmark_node_last_child(last), let marker = listMarker(last, slice) {
          result.lastList = (marker, Int(cmark_node_get_start_line(item)))
        }
      default: break
      }
    }
    return result
  }

  private func listMarker(_ list: OpaquePointer, _ slice: UnsafeBufferPointer<UInt8>) -> UInt8? {
    var lines = LineStarts(slice)
    return lines.listMarker(list)
  }
}

/// Where the lines of a parse piece start, found once when first needed.
struct LineStarts {
  let text: UnsafeBufferPointer<UInt8>
  private var starts: [Int]?

  init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

  /// The offset of 1-based `line`.
  mutating func offset(ofLine line: Int) -> Int {
    if starts == nil {
      var found = [0]
      for (i, b) in text.enumerated() where b == 0x0A { found.append(i + 1) }
      starts = found
    }
    let all = starts!
    return line >= 1 && line <= all.count ? all[line - 1] : text.count
  }

  /// The marker of a list: its bullet character (the first character of its first line that is
  /// not a space), or its delimiter.
  mutating func listMarker(_ list: OpaquePointer) -> UInt8? {
    if cmark_node_get_list_type(list) == CMARK_ORDERED_LIST {
      return cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? UInt8(ascii: ")") : UInt8(ascii: ".")
    }
    var index = offset(ofLine: Int(cmark_node_get_start_line(list)))
    while index < text.count && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
    return index < text.count ? text[index] : nil
  }
}

enum CmarkExtensions {
  static let registered: Void = cmark_gfm_core_extensions_ensure_registered()
  static func register() { _ = registered }
}
