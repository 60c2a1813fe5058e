import CCmarkGFM

/// Parses GitHub-flavoured Markdown with libcmark-gfm and converts its tree into model blocks.
///
/// The walk uses cmark's iterator and an explicit stack, never recursion, so pathological
/// nesting (100,000 block quotes or list levels) cannot exhaust the call stack. Containers
/// nested deeper than `maximumDepth` are flattened into their ancestor at that depth: their
/// text is kept, only the extra nesting is lost (the reader warns once).
struct MarkdownParser {
  /// Deeper nesting than this is flattened (Word's lists stop at 9 levels; nobody reads 32).
  static let maximumDepth = 32

  var file: String
  var lineOffset: Int
  /// Set when some nesting was flattened.
  private(set) var flattenedAt: SourceLocation?

  init(file: String, lineOffset: Int) {
    self.file = file
    self.lineOffset = lineOffset
  }

  /// The document's top-level blocks, headings included as `.heading`.
  mutating func parse(_ markdown: Substring) -> [LocatedBlock] {
    CmarkExtensions.register()
    let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tasklist"] {
      if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
    }
    // Fed straight from the string's storage; a copy only if the storage is not contiguous.
    let fed: Void? = markdown.utf8.withContiguousStorageIfAvailable { buffer in
      buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, buffer.count) }
    }
    if fed == nil {
      var copy = String(markdown)
      copy.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, buffer.count) }
      }
    }
    let document = cmark_parser_finish(parser)!
    defer { cmark_node_free(document) }
    return convert(document)
  }

  private mutating func convert(_ document: OpaquePointer) -> [LocatedBlock] {
    var builder = TreeBuilder(file: file, lineOffset: lineOffset)
    let iter = cmark_iter_new(document)!
    defer { cmark_iter_free(iter) }
    var skipped = 0
    while true {
      let event = cmark_iter_next(iter)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iter) else { continue }
      let kind = NodeKind(node)
      let entering = event == CMARK_EVENT_ENTER
      if kind.isLeaf {
        if entering { builder.leaf(kind, node) }
        continue
      }
      if entering {
        if kind == .document { continue }
        if builder.depth >= MarkdownParser.maximumDepth && kind.isFlattenable {
          if flattenedAt == nil { flattenedAt = builder.location(node) }
          skipped += 1
          continue
        }
        builder.open(kind, node)
      } else {
        if kind == .document { continue }
        if skipped > 0 && builder.depth >= MarkdownParser.maximumDepth && kind.isFlattenable {
          skipped -= 1
          continue
        }
        builder.close()
      }
    }
    return builder.finish()
  }
}

enum CmarkExtensions {
  static let registered: Void = cmark_gfm_core_extensions_ensure_registered()
  static func register() { _ = registered }
}
